// Dating an undated article by its own dates: a plain weekday it tells as past ("talked on
// Saturday") names a day at most six days before the day of writing, one it tells as coming ("will
// sign on Thursday") a day at most six after; when the article also gives a date with its year
// that falls on that weekday ("Saturday Jan. 24, 2015", often in a photo caption or an embedded
// post), that date is taken for the weekday's day D, and the day of writing lies in [D, D+6]
// (past) or [D-6, D] (coming). Only dates among the article's latest week of dates are taken (an
// older one is history: the first summit of 1959, not this week's news), and a weekday two such
// dates fall on dates nothing. A lead that tells its news by a date with its weekday ("on Monday,
// 24 November") puts the day of writing in that day and the NEWS_LAG after (leadDatedDay.ts). Several weekdays intersect; weekdays that contradict each other
// date nothing. A deictic day the article sets beside such a date ("effective today, May 29,
// 2015") states the day of writing outright, and so do its timestamps and embedded posts
// (pageStamps.ts). A deictic day set beside a month and day without a year ("reported today
// (Jan. 16)") states the page's month and day (statedMonthDay), which inferPublication completes with
// a year as it does a year-less dateline's; on the development corpus all 4 such statements name the page's day.
//
//   ownDayBounds(article("... talks with the board Saturday Jan. 24, 2015 ... on Saturday afternoon ..."))
//     -> { earliest: '2015-01-24', latest: '2015-01-30', text: 'its own date 2015-01-24 told as past "saturday"' }
// The same reading floors an article dated by the quotes it shares (storyFloor): a weekday it
// tells as past that falls on its partners' days or the day before names the story's day, and the
// article was written on it or after (a past "Wednesday" of a story dated Wednesday 26 June: not
// on Tuesday 25).
// A floor set by a dated event the page's report matches (dateArticles.ts) yields to the page's own
// dates: when the latest named date the page narrates as past ("the adviser said on July 11"), read
// against the floor, falls within the NEWS_LAG days before it, the page may tell the news of that
// day and the matched event be a later one of the same kind (a visitor's second trip to the same
// city two days on); the floor is that date (ownFloor): at most NEWS_LAG days wider, never a floor
// past the page's real day. An older date is history or a file photo (a caption of the week
// before) and leaves the floor as it is.
//
//   ownFloor(article("... a visit to Doha ... said on July 11 ..."), '2031-07-13') -> '2031-07-11'
// Hand-written: calendar arithmetic over the extractor's own readings; no library states it.
import { CalendarDay } from '../model/calendarDay.js';
import type { Article, TimeMention } from '../model/index.js';
import { contextFor } from '../extract/context.js';
import { DEFAULT_PIPELINE, type Pipeline } from '../extract/pipeline.js';
import { leadDatedDay } from './leadDatedDay.js';
import { intersectBounds } from './intersectBounds.js';
import { NEWS_LAG } from './newsDay.js';
import { pageStampBounds } from './pageStamps.js';
import { ANY_WEEKDAY, probeReading, WEEKDAYS } from './probeReading.js';
import type { DayBounds } from './relativeDays.js';

const NAMED_DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
/** How far before the article's latest date a date may lie and still be this week's news. */
const NEWS_WEEK = 7;
/** Cheap test before a probe reading: a weekday, and a date with its year. */
const ANY_DEICTIC = /\b(?:yesterday|today|tonight|tomorrow)\b/i;
const DATED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b/i;

export function ownDayBounds(article: Article, pipeline: Pipeline = DEFAULT_PIPELINE): DayBounds | null {
  // The lead's news told by a date with its weekday (leadDatedDay.ts).
  const lead = leadDatedDay(article);
  // Its timestamps and embedded posts (pageStamps.ts).
  const stamps = pageStampBounds(article.text);
  const windows: DayBounds[] = [...(lead ? [lead] : []), ...(stamps ? [stamps] : [])];
  if (!DATED.test(article.text) || !(ANY_WEEKDAY.test(article.text) || ANY_DEICTIC.test(article.text))) return intersectBounds(windows);
  const { weekdays, days, stated } = probeReading(article, pipeline);
  windows.push(...stated.map((day) => ({ earliest: day, latest: day, text: `its own statement of the day, ${day}` })));
  const recent = days.filter((d) => d >= CalendarDay.shift(days[days.length - 1]!, -NEWS_WEEK));
  for (const { name, direction } of weekdays) {
    const on = recent.filter((d) => CalendarDay.parse(d)!.weekday === WEEKDAYS.indexOf(name));
    if (on.length !== 1) continue;
    const day = on[0]!;
    const window = direction === 'past' ? { earliest: day, latest: CalendarDay.shift(day, 6) } : { earliest: CalendarDay.shift(day, -6), latest: day };
    windows.push({ ...window, text: `its own date ${day} told as ${direction === 'past' ? 'past' : 'coming'} "${name}"` });
  }
  return intersectBounds(windows);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** "today (Jan. 16)", "Today, March 22", "was today, 24 November": no year after the day. */
const TODAY_MONTH_DAY = new RegExp(String.raw`\b(?:today|tonight)(?:,\s*|\s*\()(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH})(?!\d|,?\s+(?:19|20)\d{2})`, 'gi');

/**
 * The month and day the page states as its own without a year ("reported today (Jan. 16)",
 * "Today, March 22, the president ..."), as a partial value "XXXX-01-16" (a year-less dateline's
 * form, which inferPublication completes with a year); null when it states none or two.
 */
export function statedMonthDay(text: string): string | null {
  const values = new Set<string>();
  for (const m of text.matchAll(TODAY_MONTH_DAY)) {
    const month = MONTH_NAMES.indexOf((m[1] ?? m[4])!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2] ?? m[3]);
    if (day >= 1 && day <= 31) values.add(`XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  return values.size === 1 ? [...values][0]! : null;
}

/**
 * The first day an article sharing its story with articles dated `from`..`to` may have been
 * written, by the weekdays it tells as past: the earliest day of from-1..to that falls on one of
 * them; null when none does.
 */
export function storyFloor(article: Article, from: string, to: string, pipeline: Pipeline = DEFAULT_PIPELINE): string | null {
  if (!ANY_WEEKDAY.test(article.text)) return null;
  const past = new Set(probeReading(article, pipeline).weekdays.filter((w) => w.direction === 'past').map((w) => WEEKDAYS.indexOf(w.name)));
  for (let day = CalendarDay.shift(from, -1); day <= to; day = CalendarDay.shift(day, 1)) if (past.has(CalendarDay.parse(day)!.weekday)) return day;
  return null;
}

/** The floor `floor` a matched event sets, lowered to the latest date the article names as past within the NEWS_LAG days before it; `floor` when there is none. */
export function ownFloor(article: Article, floor: string, pipeline: Pipeline = DEFAULT_PIPELINE): string {
  const own = lowerBound(pipeline.times(article.text, contextFor(article, floor)), floor);
  return own && own >= CalendarDay.shift(floor, -NEWS_LAG) ? own : floor;
}

/** The lower bound: the latest named date among an article's times read against `upper` that it narrates as past (over before `upper`'s day). */
export function lowerBound(times: readonly TimeMention[], upper: string): string | null {
  let lower: string | null = null;
  for (const t of times) {
    // A named time still running at the upper bound ("in August" read in early August) may be to come,
    // and so may the bound's own day (a plan "on June 16" bounds the page by June 16: written before it or that morning).
    if (!t.span.earliest || !t.span.latest || !NAMED_DATE.test(t.text) || t.span.latest >= upper) continue;
    if (!lower || t.span.earliest > lower) lower = t.span.earliest;
  }
  return lower;
}
