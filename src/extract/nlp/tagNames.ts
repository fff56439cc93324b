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

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

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
    return tagSpans(tags).map((span, n, spans) => {
      // "No Kwang Chol": a capitalised word right before a person's name, mid-sentence, that is
      // no title, nationality, month or day and no other name, is the name's first word.
      const prev = span.start - 1;
      if (span.type === 'PER' && prev > 0 && spans[n - 1]?.end !== span.start && /^\p{Lu}\p{Ll}*$/u.test(f.words[prev]!) && !f.marks[prev]!.length && !CALENDAR.test(f.words[prev]!) && /^\p{L}/u.test(f.words[prev - 1]!) && !/^\p{Lu}/u.test(f.words[prev - 1]!)) span = { ...span, start: prev };
      const start = s.tokens[span.start]!.start;
      const end = s.tokens[span.end - 1]!.end;
      return { start, end, type: span.type, text: text.slice(start, end) };
    });
  });
}
