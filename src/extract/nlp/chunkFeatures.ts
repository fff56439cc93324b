// Feature function of the chunker (noun, verb and prepositional groups, CoNLL-2000 style): words
// and part-of-speech tags in a window of two each side, and tag bigrams. The tags come from the
// part-of-speech tagger; the previous chunk tag is the model's transition weight. Every feature is
// a window feature (windowFeatures), in two parts: the features of the tags alone ('tags', the
// same for every token with the same five tags around it, which the tagger sums once) and the
// others ('words', which the tagger looks up by word id); `write` hands them to the tagger as
// template and value, all of them or one part, and `all` gives them all as strings (training).
// Example: chunkFeatures.all(s, pos, 1) for "the/DT dogs/NNS barked/VBD" -> ['b', 'l=dogs', 't=NNS', 't-1=DT', ...]
import type { WordSentence } from './wordSentences.js';
import { featureStrings, type EmitFeature } from './featureStrings.js';
import { writeWindow, type Column, type WindowFeature } from './windowFeatures.js';

export type ChunkFeaturePart = 'all' | 'tags' | 'words';

/** A sentence with its part-of-speech tags. */
export interface ChunkSentence {
  s: WordSentence;
  pos: readonly string[];
}

const LOWER: Column<ChunkSentence> = { value: (c, k) => c.s.lower[k]!, before: ['<s>', '<s>'], after: ['</s>', '</s>'] };
const SHORT: Column<ChunkSentence> = { value: (c, k) => c.s.short[k]!, before: ['<s>', '<s>'], after: ['</s>', '</s>'] };
const TAG: Column<ChunkSentence> = { value: (c, k) => c.pos[k]!, before: ['<s>', '<s>'], after: ['</s>', '</s>'] };

const ALL: readonly WindowFeature<ChunkSentence>[] = [
  { template: 'b', cells: [] },
  { template: 'l=', cells: [[LOWER, 0]] },
  { template: 't=', cells: [[TAG, 0]] },
  { template: 'ss=', cells: [[SHORT, 0]] },
  { template: 'l-1=', cells: [[LOWER, -1]] },
  { template: 'l+1=', cells: [[LOWER, 1]] },
  { template: 'l-2=', cells: [[LOWER, -2]] },
  { template: 'l+2=', cells: [[LOWER, 2]] },
  { template: 't-1=', cells: [[TAG, -1]] },
  { template: 't+1=', cells: [[TAG, 1]] },
  { template: 't-2=', cells: [[TAG, -2]] },
  { template: 't+2=', cells: [[TAG, 2]] },
  { template: 't-1|t=', cells: [[TAG, -1], [TAG, 0]] },
  { template: 't|t+1=', cells: [[TAG, 0], [TAG, 1]] },
  { template: 't-2|t-1=', cells: [[TAG, -2], [TAG, -1]] },
  { template: 't+1|t+2=', cells: [[TAG, 1], [TAG, 2]] },
  { template: 't-1|t|t+1=', cells: [[TAG, -1], [TAG, 0], [TAG, 1]] },
  { template: 'l|t+1=', cells: [[LOWER, 0], [TAG, 1]] },
  { template: 't-1|l=', cells: [[TAG, -1], [LOWER, 0]] },
];
const TAGS = ALL.filter((f) => f.cells.length > 0 && f.cells.every(([c]) => c === TAG));
const WORDS = ALL.filter((f) => !TAGS.includes(f));
const PARTS: Record<ChunkFeaturePart, readonly WindowFeature<ChunkSentence>[]> = { all: ALL, tags: TAGS, words: WORDS };

export const chunkFeatures = {
  /** The features of one part, as window features. */
  part(part: ChunkFeaturePart): readonly WindowFeature<ChunkSentence>[] {
    return PARTS[part];
  },

  write(s: WordSentence, pos: readonly string[], i: number, emit: EmitFeature, part: ChunkFeaturePart = 'all'): void {
    writeWindow(PARTS[part], { s, pos }, s.words.length, i, emit);
  },

  /**
   * The key of a token's 'tags' part: its five tags, as a number in base 64 (below 2^30, a small
   * integer): `tagIds` are the tags' indexes in the part-of-speech model's list (at most 62 tags).
   */
  tagWindow(tagIds: readonly number[], i: number): number {
    let key = 0;
    for (let k = i - 2; k <= i + 2; k++) key = key * 64 + (k < 0 ? 62 : k >= tagIds.length ? 63 : tagIds[k]!);
    return key;
  },

  all(s: WordSentence, pos: readonly string[], i: number): string[] {
    return featureStrings((emit) => chunkFeatures.write(s, pos, i, emit));
  },
};
