// The token layer of an article, computed once: its sentences (the pipeline's splitSentences) as
// arrays of tokens with character offsets into the text, and whether each sentence opens a line
// (paragraphs, headlines, datelines), which the taggers read. Callers share the result: read only.
// Example: analyseText("MELBOURNE - Police said.") -> [{ start: 0, end: 11, opensLine: true,
//   tokens: [MELBOURNE, -] }, { start: 12, end: 24, opensLine: false, tokens: [Police, said, .] }]
import { splitSentences } from '../sentences.js';
import type { Token } from './token.js';
import { tokenize } from './tokenize.js';

export interface AnalysedSentence {
  start: number;
  end: number;
  opensLine: boolean;
  tokens: Token[];
}

/** The last text's analysis: the entity tagger and the clause layer read the same article in turn. */
let last: { text: string; sentences: readonly AnalysedSentence[] } | undefined;

export function analyseText(text: string): readonly AnalysedSentence[] {
  if (last?.text !== text) {
    const sentences = splitSentences(text).map((s) => ({
      start: s.start,
      end: s.end,
      opensLine: /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, s.start - 200), s.start)),
      tokens: tokenize(text, s.start, s.end),
    }));
    last = { text, sentences };
  }
  return last.sentences;
}
