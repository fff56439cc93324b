// Feature function of the part-of-speech tagger (after Ratnaparkhi and Honnibal's averaged
// perceptron tagger): the word, its affixes and shape, and the words around it. The previous tag
// is the model's transition weight. In two groups, as nerFeatures: the word's own features (the
// same wherever it stands, summed once by the tagger) and its context; `all` is both.
// Example: posFeatures.all(s, 1) for "the dogs barked" -> ['b', 'w=dogs', 'l=dogs', ..., 's1=s', 's2=gs', ...]
import type { FeatureSentence } from './featureSentences.js';
import { wordShape } from './wordShape.js';

export const posFeatures = {
  /** Features of the word alone. */
  word(w: string): string[] {
    const l = w.toLowerCase();
    const f = ['b', `w=${w}`, `l=${l}`, `sh=${wordShape(w)}`, `ss=${wordShape(w, true)}`];
    for (let k = 1; k <= 4 && k < l.length; k++) f.push(`s${k}=${l.slice(-k)}`);
    for (let k = 1; k <= 3 && k < l.length; k++) f.push(`p${k}=${l.slice(0, k)}`);
    return f;
  },

  /** Features of the token's place in its sentence. */
  context(s: FeatureSentence, i: number): string[] {
    const n = s.words.length;
    const l = s.lower[i]!;
    const at = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : s.lower[k]!);
    const f = [`l-1=${at(i - 1)}`, `l-2=${at(i - 2)}`, `l+1=${at(i + 1)}`, `l+2=${at(i + 2)}`];
    f.push(`s3-1=${at(i - 1).slice(-3)}`, `s3+1=${at(i + 1).slice(-3)}`, `l-1|l=${at(i - 1)}|${l}`, `l|l+1=${l}|${at(i + 1)}`);
    if (i === 0) f.push('first', `first|ss=${s.short[i]}`);
    if (s.caps) f.push('caps');
    return f;
  },

  all(s: FeatureSentence, i: number): string[] {
    return [...posFeatures.word(s.words[i]!), ...posFeatures.context(s, i)];
  },
};
