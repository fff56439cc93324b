// A YYYY-MM-DD day as a number that orders as the string does (the event index's day columns).
//
//   dayNumber('2018-06-12')  // 20180612
//   dayNumber('2018-06')     // NaN
/** YYYY-MM-DD as a number ordered as the string; NaN for any other text. */
export function dayNumber(day: string): number {
  return ISO_DAY.test(day) ? Number(day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10)) : NaN;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
