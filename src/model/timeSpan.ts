// A TimeSpan is an interval of whole days with the granularity the text gave (DESIGN.md, Time).
// earliest/latest are ISO dates (YYYY-MM-DD), inclusive; null where the text bounds nothing
// (a duration such as "P4M", or an open "PAST_REF"). value is the TimeML TIMEX3 value.

export type Granularity =
  | 'day'
  | 'week'
  | 'early-month'
  | 'mid-month'
  | 'late-month'
  | 'month'
  | 'season'
  | 'quarter'
  | 'year'
  | 'duration'
  | 'reference';

export interface TimeSpan {
  /** The words of the text that gave this span ("in late February"). */
  text: string;
  earliest: string | null;
  latest: string | null;
  granularity: Granularity;
  /** TIMEX3 value: "2019-02-27", "2019-02", "2019-W26", "2019-SU", "2018", "P4M", "PAST_REF". */
  value: string;
}
