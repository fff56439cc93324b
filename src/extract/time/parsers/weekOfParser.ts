// A week named by one of its days: "the week of March 6" (TIMEX3 "2000-W10"), "the week of
// Oct. 23, 1989". Without a year, the day nearest the reference. Written by hand: chrono reads
// only the day ("March 6"). Not a week: "the week of talks", "the week of the summit" (no date).
import { CalendarDay } from '../../../model/calendarDay.js';
import { calendarWords } from '../calendarWords.js';
import { wordParser } from '../wordParser.js';

const PATTERN = new RegExp(`the\\s+week\\s+of\\s+(${calendarWords.monthPattern})\\s+(\\d{1,2})(?:,\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\d])`, 'iu');

/** The day in the year named, else in the year (of three) that puts it nearest the reference. */
function dayOf(month: number, day: number, year: string | undefined, ref: CalendarDay): CalendarDay | null {
  if (year) return CalendarDay.of(Number(year), month, day);
  const days = [ref.year - 1, ref.year, ref.year + 1].map((y) => CalendarDay.of(y, month, day)).filter((d) => d !== null);
  return days.sort((a, b) => Math.abs(a.compare(ref)) - Math.abs(b.compare(ref)))[0] ?? null;
}

export const weekOfParser = wordParser('weekOfParser', PATTERN, (match, settings) => {
  const month = calendarWords.month(match[1]!.replace(/\.$/, ''));
  if (month === null || !/^\p{Lu}/u.test(match[1]!)) return null;
  const day = dayOf(month, Number(match[2]), match[3], settings.reference);
  if (!day) return null;
  const monday = day.weekStart;
  return { known: { year: monday.year, month: monday.month, day: monday.day }, note: { granularity: 'week', ...(match[3] ? {} : { deictic: true }) } };
}, /\bweek\s+of\b/i);
