// Two days of one month joined by "and": "February 27 and 28", "Feb. 27 and 28, 2019",
// "27 and 28 February". Written by hand: chrono merges "Feb. 27-28" and "February 27 to 28"
// into a range but not "and". Convention for every day range: earliest..latest is the whole
// range, granularity 'day', value the first day (TIMEX3 has no range value).
import { calendarWords } from '../calendarWords.js';
import { wordParser } from '../wordParser.js';

const MONTH = calendarWords.monthPattern;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+((?:1[89]|20)\\d{2}))?';
const PATTERN = new RegExp(
  `(?:(${MONTH})\\s+${DAY}\\s*(?:and|&)\\s*${DAY}${YEAR}|${DAY}\\s+(?:and|&)\\s+${DAY}\\s+(?:of\\s+)?(${MONTH})${YEAR})(?![\\p{L}\\d])`,
  'u',
);

export const dayRangeParser = wordParser('dayRangeParser', PATTERN, (match, settings) => {
  const [monthWord, first, last, year] = match[1]
    ? [match[1], match[2], match[3], match[4]]
    : [match[7], match[5], match[6], match[8]];
  const month = calendarWords.month(monthWord ?? '');
  const [from, to] = [Number(first), Number(last)];
  if (month === null || !(from >= 1 && from < to && to <= 31)) return null;
  const known = year ? { year: Number(year), month } : { month };
  return {
    known: { ...known, day: from },
    end: { ...known, day: to },
    implied: year ? {} : { year: settings.reference.year },
  };
});
