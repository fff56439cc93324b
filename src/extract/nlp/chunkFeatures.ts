// Feature function of the chunker (noun, verb and prepositional groups, CoNLL-2000 style): words
// and part-of-speech tags in a window of two each side, and tag bigrams. The tags come from the
// part-of-speech tagger; the previous chunk tag is the model's transition weight. `write` hands
// the features to the tagger as template and value, all of them or one part: the features of the
// tags alone ('tags', the same for every token with the same five tags around it, which the tagger
// sums once) or the others ('words'); `all` gives them all as strings (training).
// Example: chunkFeatures.all(s, pos, 1) for "the/DT dogs/NNS barked/VBD" -> ['b', 'l=dogs', 't=NNS', 't-1=DT', ...]
import type { WordSentence } from './wordSentences.js';
import { featureStrings, type EmitFeature } from './featureStrings.js';

export type ChunkFeaturePart = 'all' | 'tags' | 'words';

export const chunkFeatures = {
  write(s: WordSentence, pos: readonly string[], i: number, emit: EmitFeature, part: ChunkFeaturePart = 'all'): void {
    const n = s.words.length;
    const w = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : s.lower[k]!);
    const t = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : pos[k]!);
    const tags = part !== 'words';
    const words = part !== 'tags';
    if (words) {
      emit('b', '');
      emit('l=', w(i));
    }
    if (tags) emit('t=', t(i));
    if (words) {
      emit('ss=', s.short[i]!);
      emit('l-1=', w(i - 1));
      emit('l+1=', w(i + 1));
      emit('l-2=', w(i - 2));
      emit('l+2=', w(i + 2));
    }
    if (tags) {
      emit('t-1=', t(i - 1));
      emit('t+1=', t(i + 1));
      emit('t-2=', t(i - 2));
      emit('t+2=', t(i + 2));
      emit('t-1|t=', t(i - 1), t(i));
      emit('t|t+1=', t(i), t(i + 1));
      emit('t-2|t-1=', t(i - 2), t(i - 1));
      emit('t+1|t+2=', t(i + 1), t(i + 2));
      emit('t-1|t|t+1=', t(i - 1), `${t(i)}|${t(i + 1)}`);
    }
    if (words) {
      emit('l|t+1=', w(i), t(i + 1));
      emit('t-1|l=', t(i - 1), w(i));
    }
  },

  /** The key of a token's 'tags' part: its five tags. */
  tagWindow(pos: readonly string[], i: number): string {
    const t = (k: number) => (k < 0 ? '<s>' : k >= pos.length ? '</s>' : pos[k]!);
    return `${t(i - 2)} ${t(i - 1)} ${t(i)} ${t(i + 1)} ${t(i + 2)}`;
  },

  all(s: WordSentence, pos: readonly string[], i: number): string[] {
    return featureStrings((emit) => chunkFeatures.write(s, pos, i, emit));
  },
};
