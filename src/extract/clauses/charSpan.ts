// The character span of a run of a sentence's tokens (a chunk, an argument): from its first
// token's start to its last token's end.
// Example: charSpan(sentence of "Kim met Trump", { start: 2, end: 3 }) -> { start: 8, end: 13 }
import type { SentenceClauses } from './clauseTypes.js';

export function charSpan(sentence: SentenceClauses, a: { start: number; end: number }): { start: number; end: number } {
  return { start: sentence.tokens[a.start]!.start, end: sentence.tokens[a.end - 1]!.end };
}
