// Dates counted back from the reference: "two days ago" (a day), "six weeks ago" (a week,
// "1998-W02"), "three months ago" (a month), "four years ago" (a year), "a decade ago" (a
// year), with a modifier in the extent ("nearly four years ago", "about two years ago"); an
// unknown count is PAST_REF ("several years ago", "years ago"). "A year ago" in a comparison
// that follows a quarter ("net rose to $9 million from $8 million a year ago", after "the third
// quarter") is that quarter a year before. Written by hand: chrono reads every "N units ago"
// as a day.
import { CalendarDay } from '../../../model/calendarDay.js';
import { quantity } from '../quantity.js';
import type { TimeNote } from '../timeNote.js';
import { wordParser } from '../wordParser.js';

const MODIFIER = '(?:nearly|almost|about|some|roughly|around|approximately|just|only|more\\s+than|less\\s+than|at\\s+least|over|barely)';
const PATTERN = new RegExp(
  `(?:(${MODIFIER})\\s+)?(?:(${quantity.pattern})\\s+)?(day|week|month|quarter|year|decade|centur(?:y|ie))s?(?:\\s+or\\s+so)?\\s+ago(?![\\p{L}\\d])`,
  'iu',
);

export const agoParser = wordParser('agoParser', PATTERN, (match, settings) => {
  const ref = settings.reference;
  const count = match[2] ? quantity.read(match[2]) : null;
  if (Number.isNaN(count)) return null;
  const unit = match[3]!.toLowerCase().replace(/^centurie$/, 'century');
  const past: TimeNote = { deictic: true, direction: 'past' };
  if (count === null || !Number.isInteger(count)) return { note: { ...past, granularity: 'reference', value: 'PAST_REF' } };
  if (unit === 'day') {
    const d = ref.addDays(-count);
    return { known: { year: d.year, month: d.month, day: d.day }, note: past };
  }
  if (unit === 'week') {
    const d = ref.addDays(-7 * count).weekStart;
    return { known: { year: d.year, month: d.month, day: d.day }, note: { ...past, granularity: 'week' } };
  }
  if (unit === 'month' || unit === 'quarter') {
    const { year, month } = CalendarDay.addMonths(ref.year, ref.month, (unit === 'month' ? -1 : -3) * count);
    return { known: { year, month }, implied: { day: 1 }, note: { ...past, granularity: unit } };
  }
  const years = count * ({ year: 1, decade: 10, century: 100 } as Record<string, number>)[unit]!;
  const note: TimeNote = { ...past, granularity: 'year' };
  // "a year ago" after a quarter: that quarter a year before (the comparison of business news).
  if (unit === 'year') note.anaphor = { n: -count, unit: 'year', anchors: ['quarter', 'half'], keep: ['quarter', 'half'], near: 1, fallback: true };
  return { known: { year: ref.year - years }, implied: { month: 1, day: 1 }, note };
}, /\bago\b/i);
