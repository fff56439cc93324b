// Holidays as dates: "New Year's Day", "Christmas Eve", "Christmas 2018", "at Christmas",
// "Halloween", "Independence Day", "the Fourth of July", "Good Friday", "Easter Sunday", "Easter
// weekend" (Saturday and Sunday, TIMEX3 "2018-W13-WE"), "Easter week" (its ISO week),
// "Thanksgiving Day" (fourth Thursday of November), "Election Day" (the Tuesday after the first
// Monday of November), "Labor Day", "Memorial Day", "last Thanksgiving". Written by hand: chrono
// has no holidays. Fixed-date ones without a year are left to narrativeTenseRefiner like "June 12";
// movable ones depend on the year, so this parser picks it itself, in the narration's direction
// (the last one on or before the reference, or the first one still to come), and an undated
// article's year-less movable holiday is not read at all. Bare "Christmas", "Easter" and
// "Thanksgiving" need a preposition or a modifier ("a Christmas message", "Easter eggs",
// "Thanksgiving dinner" are no dates).
import { CalendarDay } from '../../../model/calendarDay.js';
import type { Granularity } from '../../../model/index.js';
import { easterSunday } from '../easterSunday.js';
import { narrationAt } from '../narrationAt.js';
import { wordParser } from '../wordParser.js';

const NAMES = String.raw`New\s+Year['’]s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday|[Ww]eekend|[Ww]eek))?|Thanksgiving(?:\s+Day)?|Election\s+Day|Labor\s+Day|Memorial\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Veterans\s+Day|Valentine['’]s\s+Day|Halloween`;
const PATTERN = new RegExp(
  String.raw`((?:[Aa]t|[Oo]n|[Oo]ver|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Ss]ince|[Aa]round|[Dd]uring|[Ff]or)\s+)?` +
    String.raw`(?:([Ll]ast|[Tt]his|[Nn]ext)\s+)?(${NAMES})(?:\s+(?:of\s+)?((?:19|20)\d{2}))?(?![\p{L}\d])`,
  'u',
);

/** n-th weekday (0 Sunday ... 6 Saturday) of a month; n = -1: the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDay {
  if (n < 0) {
    const last = CalendarDay.lastOfMonth(year, month);
    return last.addDays(-((last.weekday - weekday + 7) % 7));
  }
  const first = CalendarDay.of(year, month, 1)!;
  return first.addDays(((weekday - first.weekday + 7) % 7) + 7 * (n - 1));
}

interface Movable {
  day: (year: number) => CalendarDay;
  granularity?: Granularity;
  weekend?: boolean;
}

const MOVABLE: Record<string, Movable> = {
  'good friday': { day: (y) => easterSunday(y).addDays(-2) },
  easter: { day: (y) => easterSunday(y) },
  'easter sunday': { day: (y) => easterSunday(y) },
  'easter monday': { day: (y) => easterSunday(y).addDays(1) },
  'easter weekend': { day: (y) => easterSunday(y).addDays(-1), granularity: 'week', weekend: true },
  'easter week': { day: (y) => easterSunday(y), granularity: 'week' },
  thanksgiving: { day: (y) => nthWeekday(y, 11, 4, 4) },
  'thanksgiving day': { day: (y) => nthWeekday(y, 11, 4, 4) },
  'election day': { day: (y) => nthWeekday(y, 11, 1, 1).addDays(1) },
  'labor day': { day: (y) => nthWeekday(y, 9, 1, 1) },
  'memorial day': { day: (y) => nthWeekday(y, 5, 1, -1) },
};
const FIXED: Record<string, [number, number]> = {
  "new year's day": [1, 1], "new year's eve": [12, 31], christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24],
  'independence day': [7, 4], 'fourth of july': [7, 4], 'the fourth of july': [7, 4], 'veterans day': [11, 11], "valentine's day": [2, 14], halloween: [10, 31],
};
const NEEDS_SIGNAL = new Set(['christmas', 'easter', 'thanksgiving']);

export const holidayParser = wordParser('holidayParser', PATTERN, (match, settings, context) => {
  const name = match[3]!.replace(/\s+/g, ' ').replace('’', "'").toLowerCase();
  const modifier = match[2]?.toLowerCase();
  const year = match[4] ? Number(match[4]) : null;
  if (NEEDS_SIGNAL.has(name) && !match[1] && !modifier && year === null) return null;
  const skip = match[1]?.length ?? 0;
  const movable = MOVABLE[name];
  const note = { granularity: movable?.granularity ?? ('day' as const), ...(movable?.weekend ? { weekend: true } : {}) };
  const fixed = FIXED[name];
  if (fixed && !modifier) {
    const [month, day] = fixed;
    return year === null ? { skip, known: { month, day }, implied: { year: settings.reference.year }, note } : { skip, known: { year, month, day }, note };
  }
  const dayOf = movable ? movable.day : (y: number) => CalendarDay.of(y, fixed![0], fixed![1])!;
  if (year !== null) {
    const d = dayOf(year);
    return { skip, known: { year, month: d.month, day: d.day }, note };
  }
  if (settings.undated) return null;
  const ref = settings.reference;
  const index = match.index ?? 0;
  const direction = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : narrationAt(context.text, index + skip, index + match[0].length) === 'future' ? 'future' : 'past';
  const last = movable?.weekend ? 1 : 0;
  // A holiday week has begun by its Monday: "as Easter week began" on that Monday is this year's.
  const begins = (y: number) => (note.granularity === 'week' && !movable?.weekend ? dayOf(y).weekStart : dayOf(y));
  const years = [ref.year - 1, ref.year, ref.year + 1];
  const chosen =
    modifier === 'this'
      ? ref.year
      : direction === 'past'
        ? years.filter((y) => begins(y).compare(ref) <= 0 && (modifier !== 'last' || dayOf(y).compare(ref) < 0)).pop()!
        : years.find((y) => dayOf(y).addDays(last).compare(ref) >= 0 && (modifier !== 'next' || dayOf(y).compare(ref) > 0))!;
  const d = dayOf(chosen);
  // Month and day are the words' (chrono merges a reading with none into the time beside it); the
  // year is chosen here, so no refiner picks another (deictic).
  return { skip, known: { month: d.month, day: d.day }, implied: { year: chosen }, note: { ...note, deictic: true } };
}, /Christmas|Easter|New\s+Year|Good\s+Friday|Thanksgiving|Day\b|Fourth\s+of\s+July|Halloween/);
