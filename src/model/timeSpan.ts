// A TimeSpan is an interval of whole days with the granularity the text gave (DESIGN.md, Time).
// earliest/latest are ISO dates (YYYY-MM-DD), inclusive; null where the text bounds nothing
// (a duration such as "P4M", a set such as "every Monday", or an open "PAST_REF"). value is
// the TimeML TIMEX3 value and type its TIMEX3 type: a time of day keeps its time in the value
// ("Sunday night" 2013-03-17TNI, type TIME) while the interval stays that day.

export type Granularity =
  | 'day'
  | 'week'
  | 'early-month'
  | 'mid-month'
  | 'late-month'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'duration'
  | 'set'
  | 'reference';

/** Granularities of month precision or finer: a date that can tell one event from another (a season or a year cannot). */
export const FINE_GRANULARITIES: ReadonlySet<Granularity> = new Set<Granularity>(['day', 'week', 'early-month', 'mid-month', 'late-month', 'month']);

/** TIMEX3 types: a calendar date or period, a time of day, a duration, a recurring time. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeSpan {
  /** The words of the text that gave this span ("in late February"). */
  text: string;
  earliest: string | null;
  latest: string | null;
  granularity: Granularity;
  /** TIMEX3 value: "2019-02-27", "2019-02", "2019-W26", "2019-SU", "2018", "P4M", "PAST_REF", "2019-02-27TNI". */
  value: string;
  /** TIMEX3 type; spans made before types were recorded (or by the read stage) leave it out: see timexType. */
  type?: TimexType;
}

/** A span's TIMEX3 type: the one recorded, else read from its value (a set is always recorded). */
export function timexType(span: Pick<TimeSpan, 'value' | 'type'>): TimexType {
  if (span.type) return span.type;
  if (/^P(?:\d|X|T)/.test(span.value)) return 'DURATION';
  return /T(?:\d|MO|AF|EV|NI|DT)/.test(span.value) ? 'TIME' : 'DATE';
}
