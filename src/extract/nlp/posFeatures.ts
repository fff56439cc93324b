// Feature function of the part-of-speech tagger (after Ratnaparkhi and Honnibal's averaged
// perceptron tagger): the word, its affixes and shape, and the words around it. The previous tag
// is the model's transition weight.
// Example: posFeatures(s, 1) for "the dogs barked" -> ['b', 'l=dogs', 's1=s', 's2=gs', 's3=ogs', ...]
import type { FeatureSentence } from './featureSentences.js';

export function posFeatures(s: FeatureSentence, i: number): string[] {
  const n = s.words.length;
  const l = s.lower[i]!;
  const at = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : s.lower[k]!);
  const f = ['b', `w=${s.words[i]}`, `l=${l}`, `sh=${s.shape[i]}`, `ss=${s.short[i]}`];
  for (let k = 1; k <= 4 && k < l.length; k++) f.push(`s${k}=${l.slice(-k)}`);
  for (let k = 1; k <= 3 && k < l.length; k++) f.push(`p${k}=${l.slice(0, k)}`);
  f.push(`l-1=${at(i - 1)}`, `l-2=${at(i - 2)}`, `l+1=${at(i + 1)}`, `l+2=${at(i + 2)}`);
  f.push(`s3-1=${at(i - 1).slice(-3)}`, `s3+1=${at(i + 1).slice(-3)}`, `l-1|l=${at(i - 1)}|${l}`, `l|l+1=${l}|${at(i + 1)}`);
  if (i === 0) f.push('first', `first|ss=${s.short[i]}`);
  if (s.caps) f.push('caps');
  return f;
}
