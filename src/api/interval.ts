// Interval logic over whole days (DESIGN.md, Time): pure, no clock. Days are ISO "YYYY-MM-DD"
// strings, which compare correctly as strings. A null bound is unbounded.
//
//   expandDate('2019-02', 'end')                               -> '2019-02-28'
//   certaintyIn({start: '2019-02-27', end: '2019-02-28'}, {start: '2018-06-13', end: '2019-02-26'}) -> null
//   certaintyIn({start: '2019-02-01', end: '2019-02-28'}, {start: '2018-06-13', end: '2019-02-26'}) -> 'POSSIBLE'
import { CalendarDay } from '../model/calendarDay.js';
import type { TimeSpan } from '../model/index.js';

export interface Interval {
  /** First day, or null for unbounded. */
  start: string | null;
  /** Last day (inclusive), or null for unbounded. */
  end: string | null;
}

export type Certainty = 'DEFINITE' | 'POSSIBLE';

export const UNBOUNDED: Interval = { start: null, end: null };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A full or partial ISO date as a day: its first day for side 'start', its last for 'end'
 * ("2019" -> 2019-01-01 / 2019-12-31). null when the text is no valid date.
 */
export function expandDate(text: string, side: 'start' | 'end'): string | null {
  const match = PARTIAL_DATE.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month === undefined) return side === 'start' ? CalendarDay.of(year, 1, 1)!.iso : CalendarDay.lastOfMonth(year, 12).iso;
  const last = CalendarDay.daysInMonth(year, month);
  return CalendarDay.of(year, month, day ?? (side === 'start' ? 1 : last))?.iso ?? null;
}

/** The day after an ISO day. */
export function dayAfter(day: string): string {
  return CalendarDay.shift(day, 1);
}

/** The day before an ISO day. */
export function dayBefore(day: string): string {
  return CalendarDay.shift(day, -1);
}

/** The interval of a time span, or null when it is undated (no earliest day). A missing latest is open-ended. */
export function intervalOf(when: TimeSpan | null | undefined): Interval | null {
  if (!when || when.earliest === null) return null;
  return { start: when.earliest, end: when.latest };
}

/** The intersection of two windows (the tightest bounds). */
export function intersect(a: Interval, b: Interval): Interval {
  return { start: CalendarDay.later(a.start, b.start), end: CalendarDay.earlier(a.end, b.end) };
}

/** Whether a window contains no day at all. */
export function isEmpty(window: Interval): boolean {
  return window.start !== null && window.end !== null && window.start > window.end;
}

/** Whether the interval lies wholly inside the window. */
export function contains(window: Interval, interval: Interval): boolean {
  const startInside = window.start === null || (interval.start !== null && interval.start >= window.start);
  const endInside = window.end === null || (interval.end !== null && interval.end <= window.end);
  return startInside && endInside;
}

/** Whether the two intervals share at least one day. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.start !== null && b.end !== null && a.start > b.end) return false;
  if (b.start !== null && a.end !== null && b.start > a.end) return false;
  return !isEmpty(a) && !isEmpty(b);
}

/**
 * How surely an event with this interval lies inside the window: DEFINITE when wholly inside,
 * POSSIBLE when they only overlap, null when they are disjoint. An undated event (null interval)
 * is DEFINITE in an unbounded window and null otherwise.
 */
export function certaintyIn(interval: Interval | null, window: Interval): Certainty | null {
  const unbounded = window.start === null && window.end === null;
  if (interval === null) return unbounded ? 'DEFINITE' : null;
  if (isEmpty(window)) return null;
  if (contains(window, interval)) return 'DEFINITE';
  return overlaps(interval, window) ? 'POSSIBLE' : null;
}

/** Whether a result of that certainty is wanted when the caller asked for `wanted`. */
export function accepts(wanted: Certainty, certainty: Certainty): boolean {
  return wanted === 'POSSIBLE' || certainty === 'DEFINITE';
}
