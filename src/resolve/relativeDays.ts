// Dating an undated article by the days it counts from its own: a report whose own clause dates
// it relative to the day of writing ("met on Tuesday", "said yesterday", "will travel on Friday")
// and a dated event it matches (dated by articles of tiers 1-2) fix that day within the bounds
// news style gives such words. A bare weekday names a day of the week around the day of writing:
// a past one was at most six days before it, a coming one at most six days after; "yesterday" and
// "last night" the day before, "today", "tonight", "this morning" the day itself, "tomorrow" the
// day after; a news perfect ("have met", "has announced": the extractor's perfect of hot news,
// newsPerfect.ts) the day itself or the one before. On the real-news development corpus the news
// perfect fired on 3 pages of 3 stories (one a dated page with its date hidden) and held the real
// day within two days on all 3. So a report of a dated day D gives the article [D, D+6] (past weekday, D must fall on
// that weekday), [D-6, D] (coming weekday), D+1, D or D-1 (these three with a day of slack either
// side: writingDays). An act told as done with no day of its own is told by the weekday of the
// verb that announces it ("announced Wednesday that the U.S. is levying sanctions", "On Thursday,
// the administration announced sanctions": announcedOn); on the development corpus it dated 2 pages
// of 2 stories (one undated, one dated with its date hidden), both within two days of the real
// day, none excluding. An event dated to a few days (a two-day summit, 10-11 April) is told by the
// day of it a weekday falls on ("on Friday": the 10th), and by any of them for a deictic day
// ("yesterday": the hull of each day's window; spanWritingDays). A report that may be dated events
// of different days dates nothing (which one it tells, if any, is unknown); several reports
// intersect; reports that contradict each other give nothing. Which time dates a report is the assembler's choice, read from the article
// extracted once more against a probe day (the raw extraction leaves relative days unresolved,
// so unattached), once per article text in a process, and only when some dated day may be one of
// its reports; a summit the probe reads as a meeting (its day changes who holds an office) keeps
// its relative day (probeReading's toldOf). On the development corpus only summits and meetings
// change kind so: 11 reports of 2 stories, each the same report; 2 pages of 1 story dated by it,
// both within two days of their real day.
//
//   relativeDayBounds(rawExtractionOf("Obama and Castro talked by phone on Tuesday ..."), [callOn2014-12-16])
//     -> { earliest: '2014-12-16', latest: '2014-12-22', text: 'a report of 2014-12-16 told as "Tuesday"' }
// Hand-written: a few calendar rules over the extractor's own output; no library states them.
import { CalendarDay } from '../model/calendarDay.js';
import type { EventFact } from '../model/index.js';
import { DEFAULT_PIPELINE, type ArticleExtraction, type Pipeline } from '../extract/pipeline.js';
import { compatible, principals } from '../extract/events/compatible.js';
import { DEICTIC, probeReading, toldOf, WEEKDAY, WEEKDAYS, type ProbeReading } from './probeReading.js';

/** Days another article's date of an event may be off by (time zones). */
const DAY_SLACK = 1;
/** The longest dated span a relative day may pick its day from: a summit of a few days, not a vague week. */
const MAX_EVENT_DAYS = 4;
/** Cheap test before a probe extraction: does the text count days from its own at all? */
const ANY_RELATIVE = new RegExp(String.raw`\b(?:${WEEKDAYS.join('|')}|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|has|have)\b`, 'i');
/**
 * The verb group of a news perfect ("has met", "have held", "has formally announced"): the
 * extractor dates it to the day of writing and the day before (newsPerfect.ts), so the day of
 * writing is the event's day or the day after.
 */
const NEWS_PERFECT = /^(?:has|have)\s+(?:\w+ly\s+)?\w+$/i;

export interface DayBounds {
  earliest: string;
  latest: string;
  text: string;
}

/**
 * How a relative time expression bounds the day of writing, given the day D other articles date
 * the event to: "yesterday" gives [D, D+2] (D +/- DAY_SLACK: an evening in Washington is the next
 * day in Asia); a news perfect ("have met": D or the day after) [D-1, D+2]; a past "Tuesday"
 * [D, D+6] when D is a Tuesday (else it is not this event: null).
 */
export function writingDays(expression: string, status: EventFact['status'], day: string): { earliest: string; latest: string } | null {
  const words = expression.trim().replace(/\s+/g, ' ');
  for (const [pattern, after] of DEICTIC) if (pattern.test(words)) return { earliest: CalendarDay.shift(day, after - DAY_SLACK), latest: CalendarDay.shift(day, after + DAY_SLACK) };
  if (NEWS_PERFECT.test(words) && status === 'OCCURRED') return { earliest: CalendarDay.shift(day, -DAY_SLACK), latest: CalendarDay.shift(day, 1 + DAY_SLACK) };
  const weekday = WEEKDAY.exec(words)?.[1];
  if (!weekday) return null;
  if (CalendarDay.parse(day)!.weekday !== WEEKDAYS.indexOf(weekday.toLowerCase())) return null;
  return status === 'PLANNED' ? { earliest: CalendarDay.shift(day, -6), latest: day } : { earliest: day, latest: CalendarDay.shift(day, 6) };
}

/** The days a dated event's interval holds, when it is dated to a day or to a few (MAX_EVENT_DAYS); null otherwise. */
export function eventDays(dated: EventFact): string[] | null {
  const { earliest, latest } = dated.when ?? {};
  if (!earliest || !latest || latest < earliest) return null;
  const n = CalendarDay.daysBetween(earliest, latest) + 1;
  return n <= MAX_EVENT_DAYS ? Array.from({ length: n }, (_, i) => CalendarDay.shift(earliest, i)) : null;
}

/**
 * writingDays for an event of several days: the hull of the windows its days allow. A weekday
 * names at most one day of a span this short ("Friday" of a Friday-Saturday summit: the Friday);
 * a deictic day may be told of any of them, so all count.
 */
export function spanWritingDays(expression: string, status: EventFact['status'], days: readonly string[]): { earliest: string; latest: string } | null {
  const windows = days.flatMap((d) => writingDays(expression, status, d) ?? []);
  if (windows.length === 0) return null;
  return { earliest: windows.map((w) => w.earliest).sort()[0]!, latest: windows.map((w) => w.latest).sort().pop()! };
}

/**
 * Whether a dated event may be what an undated report tells: nothing disagrees (dates aside) and
 * the place or the ordinal agrees, or two principals (the countries the parties stand for) do and
 * two dated articles give the event its day (its sources: parties alone meet often, and one
 * article's day may be wrong). What a lead's news is matched by (leadNews.ts), where no day told
 * checks the match.
 */
export function mayBeReported(report: EventFact, dated: EventFact): boolean {
  if (report.status === 'OCCURRED' && dated.status !== 'OCCURRED') return false;
  if (!compatible({ ...report, status: dated.status, when: null }, { ...dated, when: null })) return false;
  if ((report.place !== null && report.place === dated.place) || (report.ordinal !== null && report.ordinal === dated.ordinal)) return true;
  const theirs = principals(dated.participants);
  const mine = principals(report.participants);
  return dated.sources.length >= 2 && [...mine].filter((p) => theirs.has(p)).length >= 2;
}

/**
 * Whether a dated event may be what an undated report tells by a relative day: mayBeReported, or,
 * with one dated article, a strict party match (sameParties), which the day told must then fit.
 */
export function mayBeToldByDay(report: EventFact, dated: EventFact): boolean {
  if (mayBeReported(report, dated)) return true;
  return compatible({ ...report, status: dated.status, when: null }, { ...dated, when: null }) && sameParties(report, dated, principals(report.participants), principals(dated.participants));
}

/**
 * The strict party match one dated article suffices for: a report told as past realis of the same
 * kind as an event dated to one day, whose principals are the event's, all of them and two or
 * more ("the U.S. on Thursday imposed sanctions on Saudi officials" of a US-Saudi package dated to a
 * Thursday). The weekday or deictic day the report is told by must still fit that day
 * (writingDays), and a report two such events may be dates nothing. Measured on the real-news
 * development corpus (undated pages, and dated ones with their dates hidden): of the windows only
 * this match opened, 4 of 4 held the real day (3 undated pages, 1 dated one), none left it out.
 */
function sameParties(report: EventFact, dated: EventFact, mine: Set<string>, theirs: Set<string>): boolean {
  if (report.status !== 'OCCURRED' || dated.status !== 'OCCURRED' || report.kind !== dated.kind) return false;
  if (!dated.when?.earliest || dated.when.earliest !== dated.when.latest) return false;
  return mine.size >= 2 && mine.size === theirs.size && [...mine].every((p) => theirs.has(p));
}

/** A verb of announcing and the weekday it is told by, in either order: "announced Wednesday that", "On Thursday, the administration announced". */
const ANNOUNCED_ON = new RegExp(String.raw`\bannounc(?:ed|es|ing|ement)\s+(?:on\s+)?(${WEEKDAYS.join('|')})\b|\bon\s+(${WEEKDAYS.join('|')}),?\s+(?:[\w.'’-]+\s+){0,6}?announc(?:ed|es)\b`, 'i');

/**
 * The weekday an act told as done, with no day of its own, was announced on ("the President
 * announced Wednesday that the U.S. is levying sanctions", "On Thursday, the administration
 * announced sanctions"): the announcement is the act, so the announcing day is the act's day. Only
 * a weekday the page tells as past (probeReading's weekdays); null when the report's sentence has none.
 */
function announcedOn(report: EventFact, weekdays: ProbeReading['weekdays']): string | null {
  const evidence = report.evidence[0];
  if (report.status !== 'OCCURRED' || !evidence) return null;
  const m = ANNOUNCED_ON.exec(evidence.quote);
  const name = m?.[1] ?? m?.[2];
  if (!m || !name) return null;
  const at = evidence.start + m.index + m[0].toLowerCase().indexOf(name.toLowerCase());
  return weekdays.some((w) => w.start === at && w.direction === 'past') ? name : null;
}

/** The days of writing the undated article's relatively dated reports allow, or null when none is matched (or they disagree). */
export function relativeDayBounds(undated: ArticleExtraction, datedEvents: readonly EventFact[], pipeline: Pipeline = DEFAULT_PIPELINE): DayBounds | null {
  const days = datedEvents.flatMap((d) => {
    const of = eventDays(d);
    return of ? [{ event: d, of }] : [];
  });
  if (days.length === 0 || undated.events.length === 0 || !ANY_RELATIVE.test(undated.article.text)) return null;
  // The reports some dated day may be (cheap), before the probe extraction (costly) is paid for.
  const matched = undated.events.map((report) => ({ report, candidates: days.filter((d) => mayBeToldByDay(report, d.event)) })).filter((m) => m.candidates.length > 0);
  if (matched.length === 0) return null;
  const reading = probeReading(undated.article, pipeline);
  const { weekdays } = reading;
  let bounds: DayBounds | null = null;
  for (const { report, candidates } of matched) {
    // The same report read against the probe day: the same trigger, so the same first evidence.
    const told = toldOf(reading, report) ?? announcedOn(report, weekdays);
    if (!told) continue;
    const windows = candidates.flatMap((d) => {
      const w = spanWritingDays(told, report.status, d.of);
      const of = d.of.length === 1 ? d.of[0]! : `${d.of[0]!}..${d.of[d.of.length - 1]!}`;
      return w ? [{ ...w, text: `a report of ${of} told as "${told}"` }] : [];
    });
    // Dated events of two days the report may be: which one (if any) it tells is unknown.
    if (windows.length === 0 || windows.some((w) => w.earliest !== windows[0]!.earliest)) continue;
    const hull = windows[0]!;
    if (!bounds) bounds = hull;
    else {
      bounds = { earliest: CalendarDay.later(bounds.earliest, hull.earliest), latest: CalendarDay.earlier(bounds.latest, hull.latest), text: `${bounds.text}; ${hull.text}` };
      if (bounds.earliest > bounds.latest) return null;
    }
  }
  return bounds;
}
