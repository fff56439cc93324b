// What the entity tagger's feature function reads, computed once per document: per sentence what
// wordSentences gives (words, lower-cased forms, shapes, headline case), gazetteer marks and which
// tokens open a dateline; per capitalised token, how the rest of the
// document writes that word where case tells something (not sentence-initial, not a headline),
// which is how "LEICESTERSHIRE" in a headline is read as the "Leicestershire" of the story, and
// the words around all its occurrences (Ratinov and Roth's context aggregation: "Rotor" after
// "beat" and before "2-1" elsewhere in a sports story is a team).
// Example: featureSentences([{ words: ['LONDON', '1996-08-30'], opensLine: true }, ...]) ->
//   [{ words, lower: ['london', ...], caps: true, dateline: [true, false], docCase: ['Xx', ''], ... }]
import { gazetteerMarks } from './gazetteerMarks.js';
import { wordSentences, type SentenceInput, type WordSentence } from './wordSentences.js';

export interface FeatureSentence extends WordSentence {
  marks: string[][];
  /** Tokens of a place name opening a dateline ("LONDON 1996-08-30", "MELBOURNE -", "SEOUL, Oct. 7"). */
  dateline: boolean[];
  /** For a word starting with a capital: the cases ('x', 'Xx', 'X') it has elsewhere in the document, in informative positions. */
  docCase: string[];
  /** For a word starting with a capital: the words two to each side of its occurrences in the document ('<beat', '>said'), the first 30. */
  docContext: string[][];
}

const HAS_LOWER = /\p{Ll}/u;
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}.'’-]*$/u;
const DATE_WORD = /^(?:\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$/i;

export function featureSentences(sentences: readonly SentenceInput[]): FeatureSentence[] {
  const cases = new Map<string, Set<string>>();
  const out = wordSentences(sentences).map((base, k) => {
    const s = sentences[k]!;
    const lower = base.lower;
    if (!base.caps) {
      s.words.forEach((w, i) => {
        if (i === 0 || !/^\p{L}/u.test(w) || /^["“‘'(]$/.test(s.words[i - 1]!)) return;
        const c = /^\p{Ll}/u.test(w) ? 'x' : HAS_LOWER.test(w) ? 'Xx' : 'X';
        const set = cases.get(lower[i]!) ?? new Set();
        cases.set(lower[i]!, set.add(c));
      });
    }
    return {
      ...base,
      marks: gazetteerMarks(s.words),
      dateline: datelineOf(s),
      docCase: [] as string[],
      docContext: [] as string[][],
    };
  });
  const around = new Map<string, Set<string>>();
  for (const s of out) {
    s.lower.forEach((l, i) => {
      if (!/^\p{Lu}/u.test(s.words[i]!)) return;
      const set = around.get(l) ?? new Set<string>();
      for (const d of [-2, -1, 1, 2]) {
        const w = s.lower[i + d];
        if (w !== undefined && /\p{L}/u.test(w)) set.add(`${d < 0 ? '<' : '>'}${w}`);
      }
      around.set(l, set);
    });
  }
  for (const s of out) s.docContext = s.words.map((w, i) => (/^\p{Lu}/u.test(w) ? [...around.get(s.lower[i]!)!].slice(0, 30) : []));
  for (const s of out) s.docCase = s.words.map((w, i) => (/^\p{Lu}/u.test(w) ? [...(cases.get(s.lower[i]!) ?? [])].sort().join('') : ''));
  return out;
}

/** A run of words in capitals opening a line, then a date, a comma, a bracket or a closing dash. */
function datelineOf(s: SentenceInput): boolean[] {
  const flags = s.words.map(() => false);
  if (!s.opensLine) return flags;
  let n = 0;
  const placeWord = (w: string) => CAPS_WORD.test(w) && /\p{Lu}{2}/u.test(w);
  // "WASHINGTON/PALM BEACH": two places joined by a slash count as one run.
  while (n < s.words.length && n < 6 && (placeWord(s.words[n]!) || (s.words[n] === '/' && n > 0))) n++;
  const next = s.words[n];
  const closingDash = next !== undefined && /^(?:-{1,2}|—|–)$/.test(next) && n + 1 === s.words.length;
  if (n > 0 && next !== undefined && (DATE_WORD.test(next) || next === ',' || next === '(' || closingDash)) flags.fill(true, 0, n);
  return flags;
}
