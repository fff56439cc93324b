// Named-entity spans of an analysed text from the trained tagger (data/models/ner.bin): PER, LOC,
// ORG and MISC with character offsets. Features are computed over the whole document at once, so
// a headline's "LEICESTERSHIRE" is read with the story's "Leicestershire". Three rules follow the
// model where its training data is silent: a dateline's words in capitals are a place, an odd
// capitalised word opening a person's name ("No Kwang Chol") is part of it, and a month, weekday
// or holiday ("Easter") is no name.
// Example: tagNames(analyseText("Peter Blackburn flew to Brussels.")) ->
//   [{ start: 0, end: 15, type: 'PER', text: 'Peter Blackburn' }, { start: 24, end: 32, type: 'LOC', text: 'Brussels' }]
import type { AnalysedSentence } from './analyseText.js';
import { featureSentences, type FeatureSentence } from './featureSentences.js';
import { loadModel } from './loadModel.js';
import { nerFeatures } from './nerFeatures.js';
import { tagSpans, type TagSpan } from './tagSpans.js';

/** A word's own features sum to the same scores in every article: kept across calls. */
const wordScores = new Map<string, Float64Array>();

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Days of the calendar, holidays included: no one's name ("over Easter weekend" is no person). */
const CALENDAR_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Easter|Christmas|New Year|Ramadan|Eid|Thanksgiving|Hanukkah|Passover|Lunar New Year|Chuseok)$/i;

export interface NameSpan {
  start: number;
  end: number;
  type: string;
  text: string;
}

export function tagNames(text: string, sentences: readonly AnalysedSentence[]): NameSpan[] {
  const model = loadModel('ner');
  const inputs = featureSentences(sentences.map((s) => ({ words: s.tokens.map((t) => t.text), opensLine: s.opensLine })));
  // The words around a word's occurrences are the same for each of them, in this document only.
  const aggregateScores = new Map<string, Float64Array>();
  return sentences.flatMap((s, k) => {
    const f = inputs[k]!;
    const tags = model.tagSentence(f.words.length, { features: nerFeatures.window, sentence: f }, (i, emit) => nerFeatures.place(f, i, emit), [
      { cache: wordScores, key: (i) => f.words[i]!, features: (i, emit) => nerFeatures.word(f.words[i]!, emit) },
      { cache: aggregateScores, key: (i) => f.lower[i]!, features: (i, emit) => nerFeatures.aggregate(f, i, emit) },
    ]);
    const spans = withDatelinePlaces(f, tagSpans(tags).map((span, n, all) => withFirstName(f, span, all[n - 1])));
    return spans.flatMap((span) => {
      const start = s.tokens[span.start]!.start;
      const end = s.tokens[span.end - 1]!.end;
      const name = text.slice(start, end);
      return CALENDAR_NAME.test(name.replace(/\s+/g, ' ')) ? [] : [{ start, end, type: span.type, text: name }];
    });
  });
}

/**
 * "No Kwang Chol": a capitalised word right before a person's name, mid-sentence, that is no
 * title, nationality, month or day and no other name, is the name's first word.
 */
function withFirstName(f: FeatureSentence, span: TagSpan, before: TagSpan | undefined): TagSpan {
  const prev = span.start - 1;
  if (span.type !== 'PER' || prev < 1 || before?.end === span.start) return span;
  const word = f.words[prev]!;
  const ok = /^\p{Lu}\p{Ll}*$/u.test(word) && !f.marks[prev]!.length && !CALENDAR.test(word) && /^\p{Ll}/u.test(f.words[prev - 1]!);
  return ok ? { ...span, start: prev } : span;
}

/**
 * The words in capitals of a dateline that is a city and a dash ("MELBOURNE -", "WASHINGTON/PALM
 * BEACH -") name where the story was filed: places, whatever the model read there (to it a
 * headline's "SOCCER -" looks alike, but is no dateline: its line goes on in capitals).
 */
function withDatelinePlaces(f: FeatureSentence, spans: TagSpan[]): TagSpan[] {
  // Only "CITY -" alone: the model reads datelines with a date, a comma or a bracket after the
  // city itself (CoNLL-2003's "LONDON 1996-08-30"), and knows "FRIDAY, AUGUST 30" is none.
  const n = f.words.length;
  if (n < 2 || !/^(?:-{1,2}|—|–)$/.test(f.words[n - 1]!) || !f.words.slice(0, -1).every((w, i) => f.dateline[i] || w === '/')) return spans;
  const places: TagSpan[] = [];
  // A word the document also writes in lower case ("NOTE -", "PRESS DIGEST -") is a common word, not a place.
  const placeWord = (i: number) => f.dateline[i] && f.words[i] !== '/' && !f.docCase[i]!.includes('x');
  for (let i = 0; i < f.words.length; i++) {
    if (!placeWord(i)) continue;
    const start = i;
    while (i + 1 < f.words.length && placeWord(i + 1)) i++;
    places.push({ start, end: i + 1, type: 'LOC' });
  }
  const kept = spans.filter((s) => !places.some((p) => p.start < s.end && s.start < p.end));
  return [...kept, ...places].sort((a, b) => a.start - b.start);
}
