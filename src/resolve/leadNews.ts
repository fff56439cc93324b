// Dating an undated page by the news its lead reports: a page's headline (the read stage's title,
// read as a sentence of its own: withTitleReports) and first prose paragraph tell its news ("Minister
// arrives in Harbourtown", "the two leaders have met in Geneva"), so when a report there matches an event that dated pages pin to one
// day D (mayBeReported: parties, place or ordinal agree), the page was written on D or within the
// NEWS_LAG days after it: a ceiling the reported past alone never gives. "A day after X" in the
// lead puts the page a day later. Not news: a report told as an anniversary, "since", "ago", "a
// week/month/year after" or "before" (the lead looks back), one told as to come (a plan is a
// ceiling, dated elsewhere), and a report dated events of different days may be (which one it tells
// is unknown). Several lead reports must agree (the first one's window holds; one that contradicts
// it is left out).
//
// On the real-news development corpus (a103d2b + this rule, --hide-dates) it fired on 5 pages and held
// (the real day inside [D, D+2]) on 4: 2 of 2 dated pages with their date hidden, 2 of 3 pages that state none.
//
//   leadNewsBounds(rawExtractionOf("Angela Merkel and Emmanuel Macron meet in Geneva\n\n..."), [meetingInGenevaOn2031-01-24])
//     -> { earliest: '2031-01-24', latest: '2031-01-26', text: 'the lead reports the event of 2031-01-24' }
// Hand-written: a rule over the extractor's own reports and the dated events; no library states it.
import { CalendarDay } from '../model/calendarDay.js';
import type { EventFact } from '../model/index.js';
import { DEFAULT_PIPELINE, extractArticle, type ArticleExtraction, type Pipeline } from '../extract/pipeline.js';
import { leadEnd } from '../extract/leadEnd.js';
import { NEWS_LAG } from './newsDay.js';
import { ANY_WEEKDAY, probeReading, WEEKDAYS } from './probeReading.js';
import { mayBeReported, type DayBounds } from './relativeDays.js';

/** In a report's sentence: the lead looks back at it, not reports it as news. */
const LOOKING_BACK = /\b(?:since|ago|anniversary|before|(?:weeks?|months?|years?|decades?)\s+(?:after|later|on)|last\s+(?:week|month|year)|in\s+(?:19|20)\d{2})\b/i;
/** In a headline: an intent, a plan or an expectation, not news that took place. */
const INTENT = /\b(?:vows?|pledges?|promises?|plans?|eyes|seeks?|hopes?|wants?|will|would|could|may|might|ahead\s+of|(?:set|expected|due|poised)\s+to|to\s+(?:meet|hold|visit|sign|attend|travel|host|impose|send))\b/i;
/** Before a weekday: a verb of saying, so the weekday is the day of the telling, not of the news told. */
const SAID_ON = /\b(?:said|says|told(?:\s+\w+){0,2}|announced|added|stated|confirmed|reported)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** In a report's sentence: the page's news is the day after it. */
const DAY_AFTER = /\b(?:a|the|one)\s+day\s+after\b/i;

/** The days of writing the lead's news allows, or null when no report there matches an event dated pages pin to one day. */
export function leadNewsBounds(undated: ArticleExtraction, datedEvents: readonly EventFact[], pipeline: Pipeline = DEFAULT_PIPELINE): DayBounds | null {
  const text = undated.article.text;
  // The lead here is its first prose paragraph (newsDay.ts's leadEnd of one).
  const end = leadEnd(text, 1);
  const days = datedEvents.filter((d) => d.status === 'OCCURRED' && d.when?.earliest && d.when.earliest === d.when.latest);
  if ((end === 0 && !undated.article.title) || days.length === 0) return null;
  // A headline's tense is read poorly on its own ("Kim vows efforts for 2nd summit"): one that tells an intent or a plan reports no news here.
  const headline = (e: EventFact) => isTitleReport(e, undated.article) && !INTENT.test(undated.article.title!);
  const inLead = (e: EventFact) => headline(e) || (!isTitleReport(e, undated.article) && (e.evidence[0]?.start ?? end) < end);
  const reports = undated.events.filter((e) => e.status === 'OCCURRED' && inLead(e)).sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  let bounds: DayBounds | null = null;
  for (const report of reports) {
    // The report's sentence (its evidence).
    const before = report.evidence[0]!.quote;
    if (LOOKING_BACK.test(before)) continue;
    const candidates = [...new Set(days.filter((d) => mayBeReported(report, d)).map((d) => d.when!.earliest!))];
    if (candidates.length !== 1) continue;
    const after = DAY_AFTER.test(before) ? 1 : 0;
    const day = CalendarDay.shift(candidates[0]!, after);
    const window = { earliest: day, latest: CalendarDay.shift(day, NEWS_LAG), text: `the lead reports the event of ${candidates[0]}${after ? ' as the day before' : ''}` };
    if (!agrees(undated.article, end, day, pipeline)) continue;
    if (!bounds) bounds = window;
    else {
      const earliest: string = CalendarDay.later(bounds.earliest, window.earliest)!;
      const latest: string = CalendarDay.earlier(bounds.latest, window.latest)!;
      if (earliest <= latest) bounds = { earliest, latest, text: bounds.text };
    }
  }
  return bounds;
}

const titles = new Map<string, EventFact[]>();
/** Pages' titles whose reports are kept (the oldest forgotten first): a bound on memory, not on correctness. */
const TITLES_KEPT = 20_000;

/**
 * Whether the page may be written in [day, day + NEWS_LAG] by what it says of its own day: a
 * dateline's month and day without a year ("BEIJING, Jan. 10") must fall there, and so must the news
 * day of a weekday the lead tells as past (newsDay.ts: that day or the NEWS_LAG after it).
 */
function agrees(article: ArticleExtraction['article'], end: number, day: string, pipeline: Pipeline): boolean {
  const lags = Array.from({ length: NEWS_LAG + 1 }, (_, i) => i);
  const days = lags.map((lag) => CalendarDay.shift(day, lag));
  const monthDay = /^XXXX-(\d{2}-\d{2})$/.exec(article.publishedAt?.value ?? '')?.[1];
  if (monthDay && !days.some((d) => d.endsWith(monthDay))) return false;
  if (end === 0 || !ANY_WEEKDAY.test(article.text.slice(0, end))) return true;
  const weekday = probeReading(article, pipeline).weekdays.filter((w) => w.start < end).sort((a, b) => a.start - b.start)[0];
  if (!weekday || weekday.direction !== 'past') return true;
  const news = WEEKDAYS.indexOf(weekday.name);
  // The day something was said of it ("officials said on Saturday") may come a day or two after the event;
  // any other weekday the lead tells its news by is the day of the event itself ("met on Friday").
  if (!SAID_ON.test(article.text.slice(Math.max(0, weekday.start - 40), weekday.start))) return CalendarDay.parse(day)!.weekday === news;
  return days.some((d) => lags.some((lag) => CalendarDay.parse(CalendarDay.shift(d, -lag))!.weekday === news));
}

/**
 * An undated page's extraction with its headline's reports added (the read stage takes the headline
 * off the text; its reports are read from it as a sentence of its own, once per headline, their
 * evidence quoting the headline): what the page is dated by, here and by inferPublication.
 */
export function withTitleReports(x: ArticleExtraction, pipeline: Pipeline = DEFAULT_PIPELINE): ArticleExtraction {
  const reports = titleReports(x.article, pipeline);
  return reports.length === 0 ? x : { ...x, events: [...reports, ...x.events] };
}

/** Whether a report was read from the page's headline (withTitleReports): its evidence quotes the headline. */
export function isTitleReport(e: EventFact, article: ArticleExtraction['article']): boolean {
  return article.title !== undefined && e.evidence[0]?.start === 0 && !!e.evidence[0].quote.startsWith(article.title) && !article.text.startsWith(article.title);
}

/** The extraction without its headline's reports: what the rules that read a report's own clause (tense, relative days) date by. */
export function withoutTitleReports(x: ArticleExtraction): ArticleExtraction {
  const events = x.events.filter((e) => !isTitleReport(e, x.article));
  return events.length === x.events.length ? x : { ...x, events };
}

function titleReports(article: ArticleExtraction['article'], pipeline: Pipeline): EventFact[] {
  if (!article.title) return [];
  // Keyed by page too: the reports' evidence names the page (copies of one wire story share a headline).
  const key = `${article.id}\n${article.title}`;
  let reports = titles.get(key);
  if (!reports) {
    reports = extractArticle({ id: article.id, source: article.source, text: /[.!?]["”’)]?$/.test(article.title) ? article.title : `${article.title}.`, publishedAt: null, dateSource: 'none' }, undefined, pipeline).events;
    titles.set(key, reports);
    if (titles.size > TITLES_KEPT) titles.delete(titles.keys().next().value!);
  }
  return reports;
}
