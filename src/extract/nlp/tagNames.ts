// Named-entity spans of an analysed text from the trained tagger (data/models/ner.bin): PER, LOC,
// ORG and MISC with character offsets. Features are computed over the whole document at once, so
// a headline's "LEICESTERSHIRE" is read with the story's "Leicestershire".
// Example: tagNames(analyseText("Peter Blackburn flew to Brussels.")) ->
//   [{ start: 0, end: 15, type: 'PER', text: 'Peter Blackburn' }, { start: 24, end: 32, type: 'LOC', text: 'Brussels' }]
import type { AnalysedSentence } from './analyseText.js';
import { featureSentences } from './featureSentences.js';
import { loadModel } from './loadModel.js';
import { nerFeatures } from './nerFeatures.js';
import { tagSpans } from './tagSpans.js';

export interface NameSpan {
  start: number;
  end: number;
  type: string;
  text: string;
}

export function tagNames(text: string, sentences: readonly AnalysedSentence[]): NameSpan[] {
  const model = loadModel('ner');
  const inputs = featureSentences(sentences.map((s) => ({ words: s.tokens.map((t) => t.text), opensLine: s.opensLine })));
  return sentences.flatMap((s, k) => {
    const f = inputs[k]!;
    const tags = model.tag(f.words.map((_, i) => nerFeatures(f, i)));
    return tagSpans(tags).map((span) => {
      const start = s.tokens[span.start]!.start;
      const end = s.tokens[span.end - 1]!.end;
      return { start, end, type: span.type, text: text.slice(start, end) };
    });
  });
}
