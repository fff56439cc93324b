// Times counted from the time mentioned just before (anaphoraRefiner resolves them):
//   "the following day", "the next day", "the same day", "the previous week", "the next morning"
//   (that day's morning: TIMEX3 "...TMO"), "the day before", "a day later", "two days later",
//   "more than two weeks earlier", "two days after that", "that day", "that same week", "later
//   that year", "earlier that day", "that night", "the following Monday", "the previous Friday"
//   (the first such weekday after / before the anchor), "April that year".
// Written by hand: chrono counts "a day later" and "the day before" from the reference date.
// Not anaphoric: "two days after the summit" (an offset from an event we cannot date here: a
// duration, durationParser), "the day before the summit", "that year's budget".
import type { Granularity } from '../../../model/index.js';
import { calendarWords } from '../calendarWords.js';
import { quantity } from '../quantity.js';
import type { CalendarUnit, TimeNote } from '../timeNote.js';
import { wordParser, type WordReading } from '../wordParser.js';

const UNIT = 'day|week|month|year';
const PART = 'morning|afternoon|evening|night';
const MODIFIER = '(?:nearly|almost|about|some|roughly|around|just|only|more\\s+than|less\\s+than|at\\s+least|barely|over)';
/** "the day before" is anaphoric only when nothing follows it ("the day before the summit" is not). */
const CLAUSE_END = '(?=\\s*(?:[,.;:!?)”"]|$|\\s(?:and|but|when|as|while|after|before)\\b))';
const PATTERN = new RegExp(
  `(?:the\\s+(?<relative>following|next|previous|preceding|same|prior)\\s+(?:(?<unit>${UNIT}|${PART})|(?<weekday>${calendarWords.weekdayPattern}))` +
    `|the\\s+(?<unitAfter>${UNIT})\\s+(?<direction>before|after|earlier|later|prior)${CLAUSE_END}` +
    `|(?:${MODIFIER}\\s+)?(?<count>${quantity.pattern})\\s+(?<unitCounted>${UNIT})s?\\s+(?<offset>later|earlier|(?:after|before)\\s+that)` +
    `|(?:(?:later|earlier)\\s+(?:that|the\\s+same)|that(?:\\s+same)?)\\s+(?<unitThat>${UNIT}|${PART})(?!['’]s)` +
    `|(?<month>${calendarWords.monthPattern})\\s+(?:of\\s+)?that\\s+year)(?![\\p{L}\\d])`,
  'iu',
);

const KEPT_BY_YEAR_OFFSETS: Granularity[] = ['quarter', 'half', 'month', 'season', 'day'];
const FORWARD = /^(following|next|after|later)/i;
const BACKWARD = /^(previous|preceding|prior|before|earlier)/i;
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function sign(word: string): number {
  return FORWARD.test(word) ? 1 : BACKWARD.test(word) ? -1 : 0;
}

/** An anaphor of n units; a part of the day is that day with its time of day. */
function offset(n: number, unitWord: string, extra: TimeNote = {}): WordReading {
  const word = unitWord.toLowerCase();
  const part = PARTS[word];
  const unit = (part ? 'day' : word) as CalendarUnit;
  return { note: { ...extra, anaphor: { n, unit }, ...(part ? { timeOfDay: part } : {}) } };
}

export const anaphoricParser = wordParser('anaphoricParser', PATTERN, (match) => {
  const g = match.groups ?? {};
  // "in April that year": the month of the year just mentioned.
  if (g.month) {
    const month = calendarWords.month(g.month);
    return month ? { known: { month }, implied: { day: 1 }, note: { granularity: 'month', anaphor: { n: 0, unit: 'year' } } } : null;
  }
  if (g.weekday) {
    const weekday = calendarWords.weekday(g.weekday);
    const n = sign(g.relative!);
    return weekday === null || n === 0 ? null : { known: { weekday }, note: { anaphor: { n, unit: 'day', weekday } } };
  }
  if (g.relative) return offset(sign(g.relative), g.unit!);
  if (g.unitAfter) return offset(sign(g.direction!), g.unitAfter);
  if (g.unitThat) return offset(0, g.unitThat);
  const n = quantity.read(g.count!);
  if (n === null || !Number.isInteger(n)) return null;
  // "a year earlier" than a quarter, a month, a season or a day of its own sentence is that period
  // a year before (TimeML; anaphoraRefiner decides for the day);
  // "the following year" is a year.
  const unit = g.unitCounted!.toLowerCase() as CalendarUnit;
  const reading = offset(sign(g.offset!) * n, unit);
  if (unit === 'year') reading.note!.anaphor!.keep = KEPT_BY_YEAR_OFFSETS;
  return reading;
});
