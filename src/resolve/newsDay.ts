// The lead's news day: a news report's lead tells the news it reports, and when it tells that by a
// plain weekday in the past ("the board agreed on Friday to ..."), the page was written that day or
// within NEWS_LAG days after it (a wire story filed overnight, a copy run the next morning in
// another time zone), not a week later: a week-old event is not told as the lead's news by its
// weekday. So bounds already inferred for an undated page (a reported event's day told as past
// "Friday" allows that Friday and the six days after) narrow to the lead's weekday and the
// NEWS_LAG days after it. The lead is the first two paragraphs of running prose (LEAD_WORDS words
// or more: not a headline, a menu or a short caption); its first weekday told as past is its news
// day. A weekday told as coming ("will meet on Thursday") or with "last"/"next" says nothing
// here, nor does a lead without one; bounds with no day on that weekday are left as they are.
// A photo caption's or an embedded post's date that opens the lead ("Ana Lima speaks in
// Harbourtown, Jan. 24, 2031.": probeReading's reportage) names its news day the same way.
// On the dated pages of the real-news development corpus, 69 of the 70 past weekdays in such leads
// named a day at most two days before the page's own date.
// A page with a floor alone (an event it reports, dated by other pages; nothing it calls upcoming)
// is dated the same way by a caption's date opening its lead within NEWS_LAG days after the floor
// (leadNewsFrom): on the real-news corpus it fires once, rightly; the same with a past weekday
// dated one page to a Tuesday two weeks before its own (the floor's weekday recurs), so it does not.
//
//   leadNewsDays(article("Port board reopens harbour\n\nThe port board agreed on Friday to ..."),
//     { earliest: '2031-01-24', latest: '2031-01-30', ... })  // 2031-01-24 is a Friday
//     -> { earliest: '2031-01-24', latest: '2031-01-26', text: '...; the lead\'s news of past "friday"' }
// Hand-written: a calendar rule over the probe reading's weekdays; no library states it.
import { CalendarDay } from '../model/calendarDay.js';
import type { Article } from '../model/index.js';
import { leadEnd } from '../extract/leadEnd.js';
import { DEFAULT_PIPELINE, type Pipeline } from '../extract/pipeline.js';
import { ANY_WEEKDAY, probeReading, WEEKDAYS } from './probeReading.js';
import type { DayBounds } from './relativeDays.js';

/** Days after the lead's news day a page may be written. */
export const NEWS_LAG = 2;
const ANY_YEAR = /\b(?:19|20)\d{2}\b/;

/** The bounds narrowed to the days of the lead's news told as a past weekday; null when the lead gives none or it leaves the bounds as they are. */
export function leadNewsDays(article: Article, bounds: DayBounds, pipeline: Pipeline = DEFAULT_PIPELINE, open = false): DayBounds | null {
  const end = leadEnd(article.text);
  if (end === 0 || !(ANY_WEEKDAY.test(article.text.slice(0, end)) || ANY_YEAR.test(article.text.slice(0, end)))) return null;
  const { weekdays, reportage } = probeReading(article, pipeline);
  // The lead's first weekday, or its first caption's or post's date, whichever comes first.
  const weekday = weekdays.filter((w) => w.start < end).sort((a, b) => a.start - b.start)[0];
  const dated = reportage.filter((r) => r.start < end).sort((a, b) => a.start - b.start)[0];
  if (dated && (!weekday || dated.start < weekday.start)) return within(bounds, [dated.day], `the lead's news of ${dated.day}`, open);
  if (!weekday || weekday.direction !== 'past' || open) return null;
  const days: string[] = [];
  for (let day = CalendarDay.shift(bounds.earliest, -NEWS_LAG); day <= bounds.latest; day = CalendarDay.shift(day, 1)) {
    if (CalendarDay.parse(day)!.weekday === WEEKDAYS.indexOf(weekday.name)) days.push(day);
  }
  return within(bounds, days, `the lead's news of past "${weekday.name}"`, open);
}

/**
 * An undated page with a floor and no ceiling (it reports an event other pages date to `floor`,
 * and nothing it calls upcoming): when its lead opens on a caption's or post's date within NEWS_LAG
 * days after the floor, the lead's news is that event or its morrow, and the page was written that
 * day or within NEWS_LAG after it; null otherwise. A past weekday does not serve here: the floor's
 * weekday comes back every week (a lead's "Tuesday" two weeks after a Tuesday floor).
 */
export function leadNewsFrom(article: Article, floor: string, reason: string, pipeline: Pipeline = DEFAULT_PIPELINE): DayBounds | null {
  return leadNewsDays(article, { earliest: floor, latest: CalendarDay.shift(floor, NEWS_LAG), text: reason }, pipeline, true);
}

/** The bounds narrowed to the hull of [day, day + NEWS_LAG] over the news days; null when that leaves them as they are or empties them. */
function within(bounds: DayBounds, newsDays: readonly string[], reason: string, open = false): DayBounds | null {
  let earliest: string | null = null;
  let latest: string | null = null;
  for (const day of newsDays) {
    // Open bounds (leadNewsFrom) hold the news day, not the day of writing: it may come NEWS_LAG days after their end.
    if (open && (day < bounds.earliest || day > bounds.latest)) continue;
    const from = CalendarDay.later(day, bounds.earliest);
    const to = open ? CalendarDay.shift(day, NEWS_LAG) : CalendarDay.earlier(CalendarDay.shift(day, NEWS_LAG), bounds.latest);
    if (from > to) continue;
    earliest = CalendarDay.earlier(earliest, from);
    latest = CalendarDay.later(latest, to);
  }
  if (!earliest || !latest || (!open && earliest === bounds.earliest && latest === bounds.latest)) return null;
  return { earliest, latest, text: `${bounds.text}; ${reason}` };
}
