// Feature function of the named-entity tagger: the strings that describe token i of a sentence
// (the model learns one weight per feature and tag). Word and lower-cased word, shape and short
// shape, prefixes and suffixes, the words and shapes two to each side, position in the sentence,
// headline case, datelines, gazetteer marks of the token and its neighbours, and how the document
// writes the word elsewhere. Previous tags are the model's transition weights (Viterbi).
// Example: nerFeatures(s, 1) for "Peter Blackburn said" -> ['b', 'w=Blackburn', 'l=blackburn',
//   'sh=Xxxxx', 'ss=Xx', 's3=urn', ..., 'l-1=peter', 'ss-1=Xx', ...]
import type { FeatureSentence } from './featureSentences.js';

const BOS = ['<s>', '<s2>'];
const EOS = ['</s>', '</s2>'];

export function nerFeatures(s: FeatureSentence, i: number): string[] {
  const n = s.words.length;
  const at = (arr: readonly string[], k: number) => (k < 0 ? BOS[-k - 1]! : k >= n ? EOS[k - n]! : arr[k]!);
  const w = s.words[i]!;
  const l = s.lower[i]!;
  const ss = s.short[i]!;
  const f = ['b', `w=${w}`, `l=${l}`, `sh=${s.shape[i]}`, `ss=${ss}`];
  for (let k = 1; k <= 4 && k <= l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`);
  for (const d of [-2, -1, 1, 2]) f.push(`l${d}=${at(s.lower, i + d)}`, `ss${d}=${at(s.short, i + d)}`);
  f.push(`sh-1=${at(s.shape, i - 1)}`, `sh+1=${at(s.shape, i + 1)}`);
  f.push(`l-1|l=${at(s.lower, i - 1)}|${l}`, `l|l+1=${l}|${at(s.lower, i + 1)}`);
  f.push(`ss-1|ss|ss+1=${at(s.short, i - 1)}|${ss}|${at(s.short, i + 1)}`);
  if (i === 0) f.push('first');
  if (i === n - 1) f.push('last');
  if (s.caps) f.push('caps', `caps|l=${l}`, `caps|l-1=${at(s.lower, i - 1)}`, `caps|l+1=${at(s.lower, i + 1)}`);
  if (s.dateline[i]) f.push('dateline');
  for (const m of s.marks[i]!) f.push(`g=${m}`);
  if (i > 0) for (const m of s.marks[i - 1]!) f.push(`g-1=${m}`);
  if (i < n - 1) for (const m of s.marks[i + 1]!) f.push(`g+1=${m}`);
  const dc = s.docCase[i]!;
  if (dc) f.push(`dc=${dc}`, `dc|${i === 0 ? 'first' : s.caps ? 'caps' : 'mid'}=${dc}`);
  for (const c of s.docContext[i]!) f.push(`agg${c}`);
  return f;
}
