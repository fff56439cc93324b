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
import { NEWS_LAG } from './newsDay.js';
import { mayBeReported, type DayBounds } from './relativeDays.js';

/** Words a line needs to be the lead's first prose paragraph (a headline or a menu line has fewer). */
const LEAD_WORDS = 20;
/** In a report's sentence: the lead looks back at it, not reports it as news. */
const LOOKING_BACK = /\b(?:since|ago|anniversary|before|(?:weeks?|months?|years?|decades?)\s+(?:after|later|on)|last\s+(?:week|month|year)|in\s+(?:19|20)\d{2})\b/i;
/** In a report's sentence: the page's news is the day after it. */
const DAY_AFTER = /\b(?:a|the|one)\s+day\s+after\b/i;

/** Where the lead ends: the end of its first prose paragraph (headline and chrome before it included); 0 when there is none. */
export function firstProseEnd(text: string): number {
  let offset = 0;
  for (const line of text.split('\n')) {
    if ((line.match(/\S+/g) ?? []).length >= LEAD_WORDS) return offset + line.length;
    offset += line.length + 1;
  }
  return 0;
}

/** The days of writing the lead's news allows, or null when no report there matches an event dated pages pin to one day. */
export function leadNewsBounds(undated: ArticleExtraction, datedEvents: readonly EventFact[]): DayBounds | null {
  const text = undated.article.text;
  const end = firstProseEnd(text);
  const days = datedEvents.filter((d) => d.status === 'OCCURRED' && d.when?.earliest && d.when.earliest === d.when.latest);
  if ((end === 0 && !undated.article.title) || days.length === 0) return null;
  const title = undated.article.title;
  const inLead = (e: EventFact) => (title !== undefined && !!e.evidence[0]?.quote.startsWith(title)) || (e.evidence[0]?.start ?? end) < end;
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
/** Titles whose reports are kept (the oldest forgotten first): a bound on memory, not on correctness. */
const TITLES_KEPT = 20_000;

/**
 * An undated page's extraction with its headline's reports added (the read stage takes the headline
 * off the text; its reports are read from it as a sentence of its own, once per headline, their
 * evidence quoting the headline): what the page is dated by, here and by inferPublication.
 */
export function withTitleReports(x: ArticleExtraction, pipeline: Pipeline = DEFAULT_PIPELINE): ArticleExtraction {
  const reports = titleReports(x.article, pipeline);
  return reports.length === 0 ? x : { ...x, events: [...reports, ...x.events] };
}

function titleReports(article: ArticleExtraction['article'], pipeline: Pipeline): EventFact[] {
  if (!article.title) return [];
  let reports = titles.get(article.title);
  if (!reports) {
    reports = extractArticle({ id: article.id, source: article.source, text: /[.!?]["”’)]?$/.test(article.title) ? article.title : `${article.title}.`, publishedAt: null, dateSource: 'none' }, undefined, pipeline).events;
    titles.set(article.title, reports);
    if (titles.size > TITLES_KEPT) titles.delete(titles.keys().next().value!);
  }
  return reports;
}
