// A page's own stamps of when it was written, found in its text where the reader took no date line
// (they sit inside a line of chrome, or the date line was taken out):
// - a timestamp: a date with its year and a clock time ("Posted Nov 23, 2031 8:37 PM CST",
//   "Sat Apr 11, 2031 3:47AM", "29 July 2031, 17:06", "08/14/2031 09:14 am ET", "10.09.2031, 08:57")
//   states the day the page was posted: that day; one labelled as an update ("Updated: Aug 13,
//   2031 2:30 PM") was posted that day or in the NEWS_LAG days before. A numeric date is read only
//   when it has one reading (a part above 12), or day first when set with dots (European style).
// - an embedded post ("... pic.twitter.com/x — Ana Lima (@alima) March 1, 2031"): a page that
//   embeds posts reports the news they react to, so it was written from the day before its latest
//   post (the post's day is the poster's, perhaps a time zone ahead of the outlet's) to NEWS_LAG
//   days after it.
// Stamps that contradict each other (a comment or a related story's stamp) date nothing. On the
// real-news development corpus's pages whose day is known, all 20 timestamps named the page's own
// day and the latest embedded post held the page's day on all 10 pages that have one (9 of them
// within a day of it).
//
//   pageStampBounds('Port reopens\n\nUpdated: Aug 13, 2031 2:30 PM\n\nThe port board ...')
//     -> { earliest: '2031-08-11', latest: '2031-08-13', text: 'its own timestamp "Aug 13, 2031 2:30 PM" (updated)' }
// Hand-written: two layout patterns of web pages; no library reads them.
import { CalendarDay } from '../model/calendarDay.js';
import { intersectBounds } from './intersectBounds.js';
import { NEWS_LAG } from './newsDay.js';
import type { DayBounds } from './relativeDays.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** A clock time: with a colon, or with a dot when an am/pm or a zone follows ("16.34 EST"). */
const ZONE = String.raw`(?:[aApP]\.?[mM]\.?|[A-Z]{1,2}[SD]?T|UTC|IST|HKT|MSK|CET)\b`;
const CLOCK = String.raw`\d{1,2}(?::\d{2}\s*(?:${ZONE})?|\.\d{2}\s*${ZONE})`;
const SEPARATOR = String.raw`(?:,|\s+at|\s*[-–|])?\s*`;
/** Month first, day first, or numeric, with a year, then the clock. */
const TIMESTAMP = new RegExp(
  String.raw`\b(?:(${MONTH})\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\s+(${MONTH}),?\s+((?:19|20)\d{2})|(\d{1,2})([./])(\d{1,2})\8((?:19|20)\d{2}))${SEPARATOR}(?=\d)(${CLOCK})`,
  'g',
);
const UPDATED = /\b(?:updated|last\s+modified|edited)\b[^\n]{0,25}$/i;
const POST = new RegExp(String.raw`\(@\w{1,15}\)\s+(${MONTH})\s+(\d{1,2}),\s+((?:19|20)\d{2})\b`, 'g');

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The day of a numeric date, read month first or day first: null when both readings are days and differ (unless dots set it day first). */
function numericDay(a: number, b: number, separator: string, year: number): string | null {
  const monthFirst = CalendarDay.of(year, a, b)?.iso ?? null;
  const dayFirst = CalendarDay.of(year, b, a)?.iso ?? null;
  if (separator === '.') return dayFirst;
  if (monthFirst && dayFirst && monthFirst !== dayFirst) return null;
  return monthFirst ?? dayFirst;
}

/** The days the page's timestamps and embedded posts allow it was written on; null when it has none or they contradict each other. */
export function pageStampBounds(text: string): DayBounds | null {
  const windows: DayBounds[] = [];
  for (const m of text.matchAll(TIMESTAMP)) {
    const day = m[1]
      ? CalendarDay.of(Number(m[3]), monthOf(m[1]), Number(m[2]))?.iso
      : m[5]
        ? CalendarDay.of(Number(m[6]), monthOf(m[5]), Number(m[4]))?.iso
        : numericDay(Number(m[7]), Number(m[9]), m[8]!, Number(m[10]));
    if (!day) continue;
    const updated = UPDATED.test(text.slice(Math.max(0, m.index - 40), m.index));
    windows.push({ earliest: updated ? CalendarDay.shift(day, -NEWS_LAG) : day, latest: day, text: `its own timestamp "${m[0].trim()}"${updated ? ' (updated)' : ''}` });
  }
  let post: string | null = null;
  for (const m of text.matchAll(POST)) post = CalendarDay.later(post, CalendarDay.of(Number(m[3]), monthOf(m[1]!), Number(m[2]))?.iso ?? null);
  if (post) windows.push({ earliest: CalendarDay.shift(post, -1), latest: CalendarDay.shift(post, NEWS_LAG), text: `its latest embedded post, of ${post}` });
  return intersectBounds(windows);
}
