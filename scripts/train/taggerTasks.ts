// The three models the one sequence-labelling engine is trained for, from the columns of a
// CoNLL-2003 file: named entities (column 4, IOB1, learnt as BILOU with PER/LOC/ORG/MISC), parts
// of speech (column 2, Penn Treebank tags) and chunks (column 3, IOB1, learnt as BIO). Each task
// says what its gold tags are and which feature function describes a token.
// Example: TASKS.ner.gold(sentence) -> ['U-ORG', 'O', 'U-MISC', ...]
import { chunkFeatures } from '../../src/extract/nlp/chunkFeatures.js';
import type { FeatureSentence } from '../../src/extract/nlp/featureSentences.js';
import { nerFeatures } from '../../src/extract/nlp/nerFeatures.js';
import { posFeatures } from '../../src/extract/nlp/posFeatures.js';
import { spanTags } from '../../src/extract/nlp/spanTags.js';
import { tagSpans } from '../../src/extract/nlp/tagSpans.js';
import type { ConllSentence } from './readConll.js';

export type TaskName = 'ner' | 'pos' | 'chunk';

export interface TaggerTask {
  gold: (s: ConllSentence) => string[];
  /** Features of every token; `pos` holds the part-of-speech tags the chunker reads. */
  features: (s: FeatureSentence, pos: readonly string[]) => string[][];
  /** Span F1 (entities, chunks) or token accuracy (parts of speech) decides between models. */
  measure: 'f1' | 'accuracy';
}

const each = (s: FeatureSentence, f: (i: number) => string[]) => s.words.map((_, i) => f(i));

export const TASKS: Record<TaskName, TaggerTask> = {
  ner: { gold: (s) => spanTags(tagSpans(s.ner), s.words.length, 'BILOU'), features: (s) => each(s, (i) => nerFeatures.all(s, i)), measure: 'f1' },
  pos: { gold: (s) => [...s.pos], features: (s) => each(s, (i) => posFeatures.all(s, i)), measure: 'accuracy' },
  chunk: { gold: (s) => spanTags(tagSpans(s.chunk), s.words.length, 'BIO'), features: (s, pos) => each(s, (i) => chunkFeatures.all(s, pos, i)), measure: 'f1' },
};
