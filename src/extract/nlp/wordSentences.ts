// What the part-of-speech tagger and the chunker read of each sentence, computed once: the words,
// their lower-cased forms and shapes, and whether the sentence is written in capitals (a headline).
// The entity tagger reads more of the document (featureSentences, which builds on this).
// Example: wordSentences([{ words: ['LONDON', '1996-08-30'], opensLine: true }]) ->
//   [{ words, lower: ['london', '1996-08-30'], shape: ['XXXX', 'dddd-dd-dd'], short: ['X', 'd-d-d'], caps: true }]
import { wordShape } from './wordShape.js';

export interface SentenceInput {
  words: readonly string[];
  /** The sentence starts a line of the text (CoNLL: always; articles: paragraphs, datelines). */
  opensLine: boolean;
}

export interface WordSentence {
  words: readonly string[];
  lower: string[];
  shape: string[];
  short: string[];
  /** No lower-case letter in the sentence: a headline or a dateline. */
  caps: boolean;
}

const HAS_LOWER = /\p{Ll}/u;

export function wordSentences(sentences: readonly SentenceInput[]): WordSentence[] {
  return sentences.map((s) => ({
    words: s.words,
    lower: s.words.map((w) => w.toLowerCase()),
    shape: s.words.map((w) => wordShape(w)),
    short: s.words.map((w) => wordShape(w, true)),
    caps: !s.words.some((w) => HAS_LOWER.test(w)),
  }));
}
