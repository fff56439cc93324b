// Dating undated articles (DESIGN.md, Time). Contract: (undated extraction, dated articles,
// known dated events) -> an inferred publication TimeSpan, or null when nothing bounds it.
//   1. Same story: an undated article that shares two direct quotations, or one long one (sameStory), with dated
//      articles was published when they were (the hull of their dates), or a day before (STORY_SLACK),
//      not before the story's day when it tells that day's weekday as past (storyFloor), and
//      within the lead's news day and the two after when its lead tells that as a past weekday.
//   2. Content: an event it calls upcoming that other sources date bounds it from above (on that
//      day itself: "will meet on Saturday" is written on Saturday morning too), one it
//      reports as past bounds it from below; reports it tells by a relative day ("on Tuesday",
//      "yesterday") of events dated articles date narrow both ends (relativeDays.ts); named dates
//      it narrates as past ("on June 12", "in August"), over before the upper bound, bound it from
//      below too (and one in the week before a reported event's day lowers that floor: ownFloor); so do the weekdays it tells of its own dates with a year (ownDays.ts), here and
//      within the same story's days; a weekday the lead tells its news by, as past, narrows them
//      to that day and the two after (newsDay.ts);
//      with a floor alone, a caption's date opening the lead within two days of it does (leadNewsFrom). A dateline's month and day without a year ("SEOUL, Oct. 7") become a full date
//      inside those bounds.
import { CalendarDay } from '../model/calendarDay.js';
import type { Article, EventFact, TimeSpan } from '../model/index.js';
import { DEFAULT_PIPELINE, type ArticleExtraction, type Pipeline } from '../extract/pipeline.js';
import { compatible } from '../extract/events/compatible.js';
import { gazetteer } from '../extract/entities/gazetteer.js';
import { leadNewsBounds, withoutTitleReports } from './leadNews.js';
import { leadNewsDays, leadNewsFrom, NEWS_LAG } from './newsDay.js';
import { ownDayBounds, ownFloor, statedMonthDay, storyFloor } from './ownDays.js';
import { WEEKDAYS } from './probeReading.js';
import { eventDays, mayBeToldByDay, relativeDayBounds, type DayBounds } from './relativeDays.js';
import { quoteKeys, sameStory } from './sharedQuotes.js';

/** Days an article may precede the dated articles it shares its quotes with. */
export const STORY_SLACK = 1;

export function inferPublication(undated: ArticleExtraction, dated: Article[], datedEvents: EventFact[], pipeline: Pipeline = DEFAULT_PIPELINE): TimeSpan | null {
  const mine = quoteKeys(undated.article.text);
  const partners = dated.filter((a) => a.publishedAt?.earliest && sameStory(mine, quoteKeys(a.text)));
  const own = ownDayBounds(undated.article, pipeline);
  if (partners.length > 0) {
    // The quotes date the story; the article may have carried them first, the evening before its partners filed them.
    const from = partners.map((a) => a.publishedAt!.earliest!).sort()[0]!;
    const to = partners.map((a) => a.publishedAt!.latest!).sort().pop()!;
    // A weekday it tells as past that names the story's day: not written before that day (ownDays.ts, storyFloor).
    const earliest = CalendarDay.later(CalendarDay.shift(from, -STORY_SLACK), storyFloor(undated.article, from, to, pipeline));
    const latest = to;
    const story = 'same story as ' + partners.map((a) => a.id).join(', ');
    const inStory = narrowed(earliest, latest, own) ?? { earliest, latest, text: story };
    // The lead's news told by a past weekday (newsDay.ts): written that day or just after.
    const news = leadNewsDays(undated.article, inStory, pipeline) ?? inStory;
    return span(news.text.startsWith(story) ? news.text : `${story}; ${news.text}`, news.earliest, news.latest);
  }
  // An event the article reports as past bounds it from below; one it calls upcoming, from above.
  let lower: string | null = null;
  let upper: string | null = null;
  // A headline's reports (leadNews.ts) date by the lead's news only: their tense read alone is unsure.
  const body = withoutTitleReports(undated);
  for (const e of body.events) {
    // A report matching several dated events (a visitor's two trips to one city) is one of them: it bounds the page by the
    // earliest of those it may report and the latest of those it may announce, never by a trip it does not tell.
    let reported: string | null = null;
    let announced: string | null = null;
    for (const d of datedEvents) {
      if (!d.when?.earliest || !sameDatedEvent(e, d)) continue;
      if (e.status === 'PLANNED' && d.status !== 'PLANNED') announced = CalendarDay.later(announced, d.when.earliest);
      else if (e.status === 'OCCURRED' && d.status === 'OCCURRED') reported = CalendarDay.earlier(reported, d.when.earliest);
    }
    if (announced) upper = CalendarDay.earlier(upper, announced);
    if (reported) lower = CalendarDay.later(lower, reported);
  }
  // The page's own latest past date in the week before the floor: the event matched is a later one of its kind (ownDays.ts).
  if (lower) lower = ownFloor(undated.article, lower, pipeline);
  // Bounds that contradict each other: the plan was matched to the wrong event; the report stands.
  if (lower && upper && lower > upper) upper = null;
  // Reports told by a relative day ("on Tuesday", "yesterday") of dated events narrow both ends, unless they contradict the rest.
  const relative = narrowed(lower, upper, relativeDayBounds(body, datedEvents, pipeline));
  let told: string | null = null;
  if (relative) [lower, upper, told] = [relative.earliest, relative.latest, relative.text];
  // The weekdays it tells of its own dates (ownDays.ts) narrow both ends too, unless they contradict the rest.
  const byOwn = narrowed(lower, upper, own);
  if (byOwn) [lower, upper, told] = [byOwn.earliest, byOwn.latest, told ? `${told}; ${byOwn.text}` : byOwn.text];
  // The lead's news matched to an event dated pages pin to a day (leadNews.ts): written that day or just after.
  // Not outside the terms of the office holders it names by title (the event matched recurs: sanctions on one country
  // years apart), and lowered to a date the page names as past in the days before (a later event of its kind: ownFloor).
  const terms = termBounds(undated);
  const leadNews = narrowed(terms.from, terms.to, leadNewsBounds(undated, datedEvents, pipeline));
  const lead = leadNews && narrowed(lower, upper, { ...leadNews, earliest: ownFloor(undated.article, leadNews.earliest, pipeline) });
  if (lead) [lower, upper, told] = [lead.earliest, lead.latest, told ? `${told}; ${lead.text}` : lead.text];
  // The lead's news told by a past weekday (newsDay.ts): written that day or just after.
  // With a floor alone, a lead's news day within the NEWS_LAG days after it (leadNewsFrom).
  const news = lower && upper ? leadNewsDays(undated.article, { earliest: lower, latest: upper, text: told ?? `after ${lower}, before ${upper}` }, pipeline) : lower ? leadNewsFrom(undated.article, lower, told ?? `after ${lower}`, pipeline) : null;
  if (news) [lower, upper, told] = [news.earliest, news.latest, news.text];
  // A year-less dateline, or the month and day the page states as today's (ownDays.ts, statedMonthDay).
  const stated = undated.article.publishedAt ? null : statedMonthDay(undated.article.text);
  const monthDay = undated.article.publishedAt?.value ?? stated ?? undefined;
  const day = completeDay(monthDay, CalendarDay.later(lower, terms.from), CalendarDay.earlier(upper, terms.to), firstWeekday(undated.article.text), stated ? NEWS_LAG : 0);
  if (day) return { ...span(`${undated.article.publishedAt?.text ?? `its own day ${monthDay}`}, year from the events reported`, day, day) };
  if (!lower && !upper) return null;
  if (told) return span(`inferred from content: ${told}, so ${lower} to ${upper}`, lower!, upper!);
  const text = `inferred from content: ${lower ? `after ${lower}` : ''}${lower && upper ? ', ' : ''}${upper ? `before ${upper}` : ''}`;
  return { text, earliest: lower, latest: upper, granularity: 'reference', value: 'PAST_REF' };
}

/** The days both [from, to] (a null end is open) and `by` allow, with by's reason; null when there is no `by` or they share no day. */
function narrowed(from: string | null, to: string | null, by: DayBounds | null): DayBounds | null {
  if (!by) return null;
  const earliest = CalendarDay.later(from, by.earliest);
  const latest = CalendarDay.earlier(to, by.latest);
  return earliest <= latest ? { earliest, latest, text: by.text } : null;
}

/**
 * A dateline's month and day ("XXXX-10-07") completed with a year: the one day inside the bounds
 * (event bounds and the terms of the office holders the article names by title) that also falls
 * on the weekday the article's opening gives ("on Friday"), or within `lag` days after it; none
 * when that is not unique. A month and day the page states as today's (statedMonthDay) takes a lag
 * of NEWS_LAG: the opening's weekday is its news day, which may be a day or two before the day of
 * writing (on the development corpus the opening's first weekday named the page's own day on 47 of
 * 61 pages and one of the two days before on 12 more; on the 12 pages with a dateline, its day on 10).
 */
function completeDay(value: string | undefined, lower: string | null, upper: string | null, weekday: number | null, lag = 0): string | null {
  const md = /^XXXX-(\d{2}-\d{2})$/.exec(value ?? '')?.[1];
  if (!md || (!lower && !upper)) return null;
  const from = Number((lower ?? CalendarDay.shift(upper!, -3 * 365)).slice(0, 4));
  const to = Number((upper ?? CalendarDay.shift(lower!, 3 * 365)).slice(0, 4));
  const days: string[] = [];
  for (let y = from; y <= to; y++) {
    const day = `${y}-${md}`;
    if ((lower && day < lower) || (upper && day > upper)) continue;
    if (weekday !== null && (new Date(`${day}T00:00:00Z`).getUTCDay() - weekday + 7) % 7 > lag) continue;
    days.push(day);
  }
  return days.length === 1 ? days[0]! : null;
}

/** The weekday a wire story's first paragraph gives for its own news ("... said on Friday"). */
function firstWeekday(text: string): number | null {
  const lead = text.split(/\n\s*\n/)[0] ?? '';
  const m = /\b(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(lead);
  return m ? WEEKDAYS.indexOf(m[1]!.toLowerCase()) : null;
}

/** Words that make a title another, lower office than the one it contains ("Vice President", "Deputy Foreign Minister"). */
const RANKS = new Set(['vice', 'deputy', 'assistant', 'acting', 'under', 'associate', 'junior']);

/** The terms of office of the people the article names with a title ("President Moon Jae-in"): it was written within all of them. */
function termBounds(x: ArticleExtraction): { from: string | null; to: string | null } {
  const g = gazetteer();
  let from: string | null = null;
  let to: string | null = null;
  for (const m of x.mentions.entities) {
    if (m.kind !== 'PERSON' || !m.title || /\b(?:former|ex-|late|then)\b/i.test(m.title)) continue;
    const words = new Set(m.title.toLowerCase().split(/[^a-z]+/));
    for (const o of g.offices) {
      const office = new Set(o.title.toLowerCase().split(/[^a-z]+/));
      if (o.person !== m.id || ![...office].some((w) => w.length > 3 && words.has(w))) continue;
      // "Vice President Biden" holds no office "President": a rank word the office's title lacks is another office.
      if ([...words].some((w) => RANKS.has(w) && !office.has(w))) continue;
      from = CalendarDay.later(from, o.from);
      to = CalendarDay.earlier(to, o.to);
    }
  }
  return { from, to };
}

/** Whether a dated event may date an undated article's report by any rule here (a stored article is weighed again when such an event changes). */
export function mayDate(report: EventFact, dated: EventFact): boolean {
  return sameDatedEvent(report, dated) || (eventDays(dated) !== null && mayBeToldByDay(report, dated));
}

/** Whether an undated article's report and a dated event are one event, for dating: nothing disagrees (status and date aside) and the ordinal or the place agrees. */
export function sameDatedEvent(a: EventFact, b: EventFact): boolean {
  if (!compatible({ ...a, status: b.status, when: null }, { ...b, when: null })) return false;
  return (a.ordinal !== null && a.ordinal === b.ordinal) || (a.place !== null && a.place === b.place);
}

export function span(text: string, earliest: string, latest: string): TimeSpan {
  const value = earliest === latest ? earliest : earliest.slice(0, 7) === latest.slice(0, 7) ? earliest.slice(0, 7) : earliest.slice(0, 4) === latest.slice(0, 4) ? earliest.slice(0, 4) : 'PAST_REF';
  const granularity = earliest === latest ? 'day' : value.length === 7 ? 'month' : value.length === 4 ? 'year' : 'reference';
  return { text, earliest, latest, granularity, value };
}

