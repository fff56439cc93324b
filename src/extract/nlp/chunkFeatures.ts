// Feature function of the chunker (noun, verb and prepositional groups, CoNLL-2000 style): words
// and part-of-speech tags in a window of two each side, and tag bigrams. The tags come from the
// part-of-speech tagger; the previous chunk tag is the model's transition weight.
// Example: chunkFeatures(s, pos, 1) for "the/DT dogs/NNS barked/VBD" -> ['b', 'l=dogs', 't=NNS', 't-1=DT', ...]
import type { FeatureSentence } from './featureSentences.js';

export function chunkFeatures(s: FeatureSentence, pos: readonly string[], i: number): string[] {
  const n = s.words.length;
  const w = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : s.lower[k]!);
  const t = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : pos[k]!);
  return [
    'b',
    `l=${w(i)}`,
    `t=${t(i)}`,
    `ss=${s.short[i]}`,
    `l-1=${w(i - 1)}`,
    `l+1=${w(i + 1)}`,
    `l-2=${w(i - 2)}`,
    `l+2=${w(i + 2)}`,
    `t-1=${t(i - 1)}`,
    `t+1=${t(i + 1)}`,
    `t-2=${t(i - 2)}`,
    `t+2=${t(i + 2)}`,
    `t-1|t=${t(i - 1)}|${t(i)}`,
    `t|t+1=${t(i)}|${t(i + 1)}`,
    `t-2|t-1=${t(i - 2)}|${t(i - 1)}`,
    `t+1|t+2=${t(i + 1)}|${t(i + 2)}`,
    `t-1|t|t+1=${t(i - 1)}|${t(i)}|${t(i + 1)}`,
    `l|t+1=${w(i)}|${t(i + 1)}`,
    `t-1|l=${t(i - 1)}|${w(i)}`,
  ];
}
