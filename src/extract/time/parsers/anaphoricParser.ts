// Times counted from the time mentioned just before: "the following day", "the next day",
// "the same day", "the day before", "a day later", "two days later", "three weeks earlier",
// "two days after that", "April that year". anaphoraRefiner resolves them. Written by hand: chrono counts
// "a day later" and "the day before" from the reference date. "two days after the summit"
// is an offset from an event we cannot date here: a duration (durationParser).
import { calendarWords } from '../calendarWords.js';
import type { CalendarUnit } from '../timeNote.js';
import { wordParser } from '../wordParser.js';

const UNIT = '(day|week|month|year)';
/** "the day before" is anaphoric only when nothing follows it ("the day before the summit" is not). */
const CLAUSE_END = '(?=\\s*(?:[,.;:!?)”"]|$|\\s(?:and|but|when|as|while|after|before)\\b))';
const PATTERN = new RegExp(
  `(?:the\\s+(following|next|previous|preceding|same)\\s+${UNIT}` +
    `|the\\s+${UNIT}\\s+(before|after|earlier|later)${CLAUSE_END}` +
    `|(${calendarWords.countPattern})\\s+${UNIT}s?\\s+(later|earlier|(?:after|before)\\s+that)` +
    `|(${calendarWords.monthPattern})\\s+(?:of\\s+)?that\\s+year)(?![\\p{L}\\d])`,
  'iu',
);

const FORWARD = /^(following|next|after|later)/i;
const BACKWARD = /^(previous|preceding|before|earlier)/i;

export const anaphoricParser = wordParser('anaphoricParser', PATTERN, (match) => {
  // "in April that year": the month of the year just mentioned.
  if (match[8]) {
    const month = calendarWords.month(match[8]);
    return month ? { known: { month }, implied: { day: 1 }, note: { granularity: 'month', anaphor: { n: 0, unit: 'year' } } } : null;
  }
  let n: number | null = 1;
  let unit: string;
  let word: string;
  if (match[1]) {
    [word, unit] = [match[1], match[2]!];
    if (/^same$/i.test(word)) n = 0;
  } else if (match[3]) {
    [unit, word] = [match[3], match[4]!];
  } else {
    [n, unit, word] = [calendarWords.count(match[5]!), match[6]!, match[7]!];
  }
  if (n === null) return null;
  const sign = FORWARD.test(word) ? 1 : BACKWARD.test(word) ? -1 : 0;
  // "a year earlier" than a quarter, a month or a day is that period a year before (TimeML).
  const u = unit.toLowerCase() as CalendarUnit;
  return { note: { anaphor: { n: sign * n, unit: u, ...(u === 'year' ? { keep: true } : {}) } } };
});
