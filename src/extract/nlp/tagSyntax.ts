// Parts of speech (Penn Treebank tags, data/models/pos.bin) and chunks (noun, verb and
// prepositional groups, data/models/chunk.bin, which reads the part-of-speech tags) of an analysed
// text: the cheap syntax the clause layer builds on.
// Example: tagSyntax(analyseText("The talks collapsed in Hanoi.")) ->
//   [{ pos: ['DT', 'NNS', 'VBD', 'IN', 'NNP', '.'], chunks: [{ start: 0, end: 2, type: 'NP' }, ...] }]
import type { AnalysedSentence } from './analyseText.js';
import { chunkFeatures } from './chunkFeatures.js';
import { loadModel } from './loadModel.js';
import { posFeatures } from './posFeatures.js';
import { tagSpans, type TagSpan } from './tagSpans.js';
import { wordSentences } from './wordSentences.js';

/** A word's own features sum to the same part-of-speech scores in every article: kept across calls. */
const wordScores = new Map<string, Float64Array>();
/** So do the chunker's features of the five part-of-speech tags around a word. */
const tagWindowScores = new Map<number, Float64Array>();

export interface SentenceSyntax {
  pos: string[];
  /** Token ranges of the chunks. */
  chunks: TagSpan[];
}

export function tagSyntax(sentences: readonly AnalysedSentence[]): SentenceSyntax[] {
  const pos = loadModel('pos');
  const chunk = loadModel('chunk');
  const tagIndex = new Map(pos.tags.map((t, k) => [t, k]));
  if (tagIndex.size > 62) throw new Error(`the part-of-speech model has ${tagIndex.size} tags; the chunker's tag windows allow 62`);
  return wordSentences(sentences.map((s) => ({ words: s.tokens.map((t) => t.text), opensLine: s.opensLine }))).map((f) => {
    const tags = pos.tagSentence(f.words.length, { features: posFeatures.window, sentence: f }, (i, emit) => posFeatures.place(f, i, emit), [
      { cache: wordScores, key: (i) => f.words[i]!, features: (i, emit) => posFeatures.word(f.words[i]!, emit) },
    ]);
    const tagIds = tags.map((t) => tagIndex.get(t)!);
    const chunks = chunk.tagSentence(f.words.length, { features: chunkFeatures.part('words'), sentence: { s: f, pos: tags } }, () => {}, [
      { cache: tagWindowScores, key: (i) => chunkFeatures.tagWindow(tagIds, i), features: (i, emit) => chunkFeatures.write(f, tags, i, emit, 'tags') },
    ]);
    return { pos: tags, chunks: tagSpans(chunks) };
  });
}
