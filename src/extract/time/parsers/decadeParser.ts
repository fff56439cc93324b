// Decades and centuries (TIMEX3 "197", "19"): "the 1970s", "the late 1970s", "the mid-1990s",
// "1980s", "the '80s", "the nineties", "the 20th century", "the eleventh century". Written by
// hand: chrono has neither. "early"/"late"/"mid" stay in the extent (TimeML MOD); the value is the
// whole decade. Not decades: "in his 70s" and "temperatures in the 30s" (ages and measures: a
// two-digit decade needs an apostrophe or a spelled-out name), "the 1990 s" (no such spelling).
import { wordParser } from '../wordParser.js';

const DECADE_NAMES: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
const PART = '(?:(?:early|late|mid)[\\s-]+|mid-)?';
const PATTERN = new RegExp(
  `(?:the\\s+)?(?:(?:(?:last|first)\\s+half|(?:last|first)\\s+part)\\s+of\\s+the\\s+)?${PART}(?:(?<digits>1[0-9]\\d|20\\d)0['’]?s|['’](?<short>\\d)0s|(?:(?<named19>nineteen)[\\s-]+)?(?<named>${Object.keys(DECADE_NAMES).join('|')}))` +
    `|(?:the\\s+)?${PART}(?:(?<number>\\d{1,2})(?:st|nd|rd|th)|(?<ordinal>${Object.keys(ORDINALS).join('|')}))[\\s-]+century(?![\\p{L}\\d-])`,
  'iu',
);

/** "in his seventies", "she is in her 40s": an age, not a decade. */
const AGE_BEFORE = /\b(?:his|her|their|my|your|our)\s+(?:(?:early|late|mid)[\s-]+)?$/i;

export const decadeParser = wordParser('decadeParser', PATTERN, (match, settings, context) => {
  const g = match.groups ?? {};
  const index = match.index ?? 0;
  if (g.number || g.ordinal) {
    const n = g.number ? Number(g.number) : ORDINALS[g.ordinal!.toLowerCase()]!;
    if (n < 1 || n > 21) return null;
    return { known: { year: (n - 1) * 100 }, implied: { month: 1, day: 1 }, note: { granularity: 'century' } };
  }
  if (AGE_BEFORE.test(context.text.slice(Math.max(0, index - 20), index))) return null;
  let decade: number;
  if (g.digits) decade = Number(g.digits) * 10;
  else if (g.short) decade = 1900 + Number(g.short) * 10;
  else {
    // "the nineties": the decade of this century or the last, whichever is not after the reference.
    const d = DECADE_NAMES[g.named!.toLowerCase()]! * 10;
    const ref = settings.reference.year;
    decade = g.named19 || 2000 + d > ref ? 1900 + d : 2000 + d;
  }
  return { known: { year: decade }, implied: { month: 1, day: 1 }, note: { granularity: 'decade' } };
}, /0['’]?s\b|ties\b|century/i);
