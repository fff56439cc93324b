// Years said in words, as broadcast transcripts write them: "nineteen ninety-one", "nineteen
// seventy-nine", "nineteen oh five", "the year two thousand", "two thousand and one" (after "the
// year" or a temporal preposition: "two thousand" alone is a count); with a month or a season
// before them, as digits have them: "January nineteen ninety-seven" (1997-01), "the winter of
// nineteen ninety-four" (1994-WI). Written by hand: chrono reads no spelled-out years.
import { calendarWords } from '../calendarWords.js';
import { intervalOf } from '../intervalOf.js';
import { wordParser, type WordReading } from '../wordParser.js';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TWO_DIGITS = `(?:(?:${TENS})(?:[\\s-](?:${UNITS}))?|${TEENS}|oh[\\s-](?:${UNITS}))`;
const PATTERN = new RegExp(
  `(?:(?:(?<month>${calendarWords.monthPattern})\\s+(?:of\\s+)?|(?:the\\s+)?(?<season>${calendarWords.seasonPattern})\\s+of\\s+)?(?<century>nineteen|eighteen|twenty)[\\s-]+(?<rest>${TWO_DIGITS}|hundred)` +
    `|(?<lead>(?:the\\s+year|in|by|until|since|before|after)\\s+)(?<thousand>two\\s+thousand(?:\\s+(?:and\\s+)?(?<small>${TWO_DIGITS.replace('oh[\\\\s-]', '')}|${UNITS}))?))(?![\\p{L}\\d-])`,
  'iu',
);

function twoDigits(words: string): number | null {
  const w = words.toLowerCase().replace(/^oh[\s-]/, '');
  return calendarWords.count(w.replace(/\s+/, '-'));
}

/** The year, or the capitalised month or the season named before it. */
function withPeriod(g: Record<string, string | undefined>, year: number): WordReading | null {
  const month = g.month ? calendarWords.month(g.month) : null;
  if (g.month && (month === null || !/^\p{Lu}/u.test(g.month))) return null;
  if (month !== null) return { known: { year, month }, implied: { day: 1 } };
  const season = g.season ? calendarWords.season(g.season) : null;
  if (season) return { known: { year, month: intervalOf.seasonStart(season) }, implied: { day: 1 }, note: { granularity: 'season', season } };
  return { known: { year }, implied: { month: 1, day: 1 } };
}

export const spokenYearParser = wordParser('spokenYearParser', PATTERN, (match) => {
  const g = match.groups ?? {};
  if (g.century) {
    const century = { eighteen: 1800, nineteen: 1900, twenty: 2000 }[g.century.toLowerCase() as 'nineteen'];
    const rest = g.rest!.toLowerCase() === 'hundred' ? 0 : twoDigits(g.rest!);
    // "twenty twenty" is a year; "twenty one" is a count: a year of the 2000s needs two more digits over ten.
    if (rest === null || (century === 2000 && rest < 10)) return null;
    return withPeriod(g, century + rest);
  }
  const small = g.small ? twoDigits(g.small) : 0;
  if (small === null) return null;
  // "the year two thousand" keeps "the year" (TimeBank); a preposition is a signal.
  const skip = /^the\s+year/i.test(g.lead!) ? 0 : g.lead!.length;
  return { skip, known: { year: 2000 + small }, implied: { month: 1, day: 1 } };
}, /\b(?:nineteen|eighteen|twenty|thousand)\b/i);
