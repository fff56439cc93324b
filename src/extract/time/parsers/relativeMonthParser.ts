// A month (or a day) named with a relative year or modifier: "March last year", "June 12
// last year", "last March", "this December", "next April". Written by hand: chrono reads
// "March" and "last year" as two separate times.
import { calendarWords } from '../calendarWords.js';
import { modifiedMonth } from '../modifiedMonth.js';
import type { TimeNote } from '../timeNote.js';
import { wordParser } from '../wordParser.js';

const MONTH = calendarWords.monthPattern;
const PATTERN = new RegExp(
  `(?:(${MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(last|this|next)\\s+year` +
    `|([Tt]his|[Ll]ast|[Nn]ext)\\s+(${MONTH})(?![.]?\\s*\\d))(?![\\p{L}\\d])`,
  'u',
);

export const relativeMonthParser = wordParser('relativeMonthParser', PATTERN, (match, settings) => {
  const ref = settings.reference;
  if (match[1]) {
    const month = calendarWords.month(match[1]);
    const shift = { last: -1, this: 0, next: 1 }[match[3] as 'last' | 'this' | 'next'];
    if (month === null) return null;
    const year = ref.year + shift;
    const day = match[2] ? Number(match[2]) : null;
    if (day !== null && (day < 1 || day > 31)) return null;
    const note: TimeNote = { deictic: true };
    if (shift !== 0) note.direction = shift < 0 ? 'past' : 'future';
    return day === null ? { known: { year, month }, implied: { day: 1 }, note } : { known: { year, month, day }, note };
  }
  const month = calendarWords.month(match[5]!);
  const modifier = modifiedMonth.modifier(match[4]);
  if (month === null || !modifier) return null;
  const { year, direction } = modifiedMonth(modifier, month, ref);
  return { known: { year, month }, implied: { day: 1 }, note: { deictic: true, ...(direction ? { direction } : {}) } };
});
