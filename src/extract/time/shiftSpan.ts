// A time counted from an event's date: the anaphor of a time mention ("the following day": one
// day after) applied to the TimeSpan of the event just mentioned. Used by event dating, which
// anchors "the following day", "the day before", "that week", "the same day" to the event told
// before them rather than to the last time expression (which may be the day something was said).
//   shiftSpan({ ...day 2019-01-08 }, { n: 1, unit: 'day' }, 'the following day') -> day 2019-01-09
// Null when the event's date is too coarse for the unit (a month cannot give "the next day").
import type { Granularity, TimeSpan, TimeAnaphor } from '../../model/index.js';
import { CalendarDay } from '../../model/calendarDay.js';
import { intervalOf } from './intervalOf.js';

const FINE_ENOUGH: Record<TimeAnaphor['unit'], Granularity[]> = {
  day: ['day'],
  week: ['day', 'week'],
  month: ['day', 'week', 'early-month', 'mid-month', 'late-month', 'month'],
  quarter: ['day', 'week', 'early-month', 'mid-month', 'late-month', 'month', 'quarter'],
  year: ['day', 'week', 'early-month', 'mid-month', 'late-month', 'month', 'season', 'quarter', 'half', 'year'],
};

export function shiftSpan(anchor: TimeSpan, anaphor: TimeAnaphor, text: string): TimeSpan | null {
  if (!anchor.earliest || !anchor.latest || !FINE_ENOUGH[anaphor.unit].includes(anchor.granularity)) return null;
  // Forward from the anchor's last day ("the following day" after a two-day summit), back from its first.
  const from = CalendarDay.parse(anaphor.n > 0 ? anchor.latest : anchor.earliest)!;
  let day: CalendarDay;
  if (anaphor.weekday !== undefined) {
    const step = anaphor.n < 0 ? -1 : 1;
    day = from.addDays(step);
    while (day.weekday !== anaphor.weekday) day = day.addDays(step);
  } else if (anaphor.unit === 'day' || anaphor.unit === 'week') {
    day = from.addDays(anaphor.unit === 'day' ? anaphor.n : 7 * anaphor.n);
  } else {
    const months = anaphor.unit === 'month' ? anaphor.n : anaphor.unit === 'quarter' ? 3 * anaphor.n : 12 * anaphor.n;
    const { year, month } = CalendarDay.addMonths(from.year, from.month, months);
    day = CalendarDay.of(year, month, 1)!;
  }
  const granularity: Granularity = anaphor.weekday !== undefined ? 'day' : anaphor.unit;
  const interval = intervalOf({ granularity, year: day.year, month: day.month, day: day.day });
  return interval && { text, earliest: interval.earliest, latest: interval.latest, granularity, value: interval.value, type: 'DATE' };
}
