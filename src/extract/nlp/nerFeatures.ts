// Feature function of the named-entity tagger: the strings that describe token i of a sentence
// (the model learns one weight per feature and tag). Word and lower-cased word, shape and short
// shape, prefixes and suffixes, the words and shapes two to each side, position in the sentence,
// headline case, datelines, gazetteer marks of the token and its neighbours, how the document
// writes the word elsewhere and the words around its other occurrences. Previous tags are the
// model's transition weights (Viterbi). The features come in three groups so the tagger can sum
// the shared ones once: the word's own (the same wherever it stands), the aggregate over the
// document (the same for each occurrence), and the token's context; `all` is the three together.
// Example: nerFeatures.all(s, 1) for "Peter Blackburn said" -> ['b', 'w=Blackburn', 'l=blackburn',
//   'sh=Xxxxx', 'ss=Xx', 'p1=b', 's1=n', ..., 'l-1=peter', 'ss-1=Xx', ...]
import type { FeatureSentence } from './featureSentences.js';
import { wordShape } from './wordShape.js';

const BOS = ['<s>', '<s2>'];
const EOS = ['</s>', '</s2>'];

export const nerFeatures = {
  /** Features of the word alone. */
  word(w: string): string[] {
    const l = w.toLowerCase();
    const f = ['b', `w=${w}`, `l=${l}`, `sh=${wordShape(w)}`, `ss=${wordShape(w, true)}`];
    for (let k = 1; k <= 4 && k <= l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`);
    return f;
  },

  /** Features of the token's place in its sentence and document. */
  context(s: FeatureSentence, i: number): string[] {
    const n = s.words.length;
    const at = (arr: readonly string[], k: number) => (k < 0 ? BOS[-k - 1]! : k >= n ? EOS[k - n]! : arr[k]!);
    const l = s.lower[i]!;
    const ss = s.short[i]!;
    const f: string[] = [];
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
    return f;
  },

  /** The words around the word's occurrences in the document (the same for each occurrence). */
  aggregate(s: FeatureSentence, i: number): string[] {
    return s.docContext[i]!.map((c) => `agg${c}`);
  },

  all(s: FeatureSentence, i: number): string[] {
    return [...nerFeatures.word(s.words[i]!), ...nerFeatures.context(s, i), ...nerFeatures.aggregate(s, i)];
  },
};
