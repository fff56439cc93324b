// An undated article read once against a probe day (any day does): which relative day each of its
// reports is told by ("on Tuesday", "yesterday"), which bare weekdays it uses and in which
// direction (before the probe day: narrated as past; after it: to come), and the days its own
// explicit dates with a year name where they date the page's own reporting: a photo caption or an
// embedded post ("... in Havana, Dec. 17, 2014.", "— Ana Lima (@alima) March 20, 2016", "Castro
// meets Obama on March 21, 2016": a place, a handle or a weekday right before the date, or a
// caption's present tense), not history told in the past ("the boycott had begun on June 5,
// 2017"). Read once per article text in a process (the probe extraction is the costly part), and
// only by callers that need it.
//
//   probeReading(article("... talks with Cuba on Wednesday ... Saturday Jan. 24, 2015 ..."))
//     -> { told: Map { 'TALKS@812' => 'Wednesday' }, weekdays: [{ name: 'saturday', direction: 'past' }], days: ['2015-01-24'] }
import { CalendarDay } from '../model/calendarDay.js';
import type { Article, TimeMention } from '../model/index.js';
import { contextFor } from '../extract/context.js';
import { extractArticle, type Pipeline } from '../extract/pipeline.js';
import { MEETINGS } from '../extract/events/kindSets.js';

/** Any day does: relative days are read against it only to see which report each dates. */
export const PROBE_DAY = '2001-01-03';
const NEXT_PROBE_DAY = '2001-01-04';
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
/** A weekday's name anywhere in a text: the cheap test before a probe reading. */
export const ANY_WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAYS.join('|')})\b`, 'i');
/** A weekday alone (no month, no number: "Sunday, March 20" is a date), with a part of the day. */
export const WEEKDAY = new RegExp(String.raw`^(?:(?:on|early|late|last|this|next)\s+)?(${WEEKDAYS.join('|')})${PART_OF_DAY}$`, 'i');
/** A weekday of the week around the day of writing: no "last" or "next", which may reach a week further. */
const PLAIN_WEEKDAY = new RegExp(String.raw`^(?:(?:on|early|late|this)\s+)?(${WEEKDAYS.join('|')})${PART_OF_DAY}$`, 'i');

/** Deictic days and how many days the day of writing lies after the day they name. */
export const DEICTIC: [RegExp, number][] = [
  [/^(?:yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)$/i, 1],
  [/^(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i, 0],
  [/^tomorrow(?:\s+(?:morning|afternoon|evening|night))?$/i, -1],
];
export interface ProbeReading {
  /** Relative days told per report (kind@first evidence offset). */
  told: Map<string, string>;
  /** The plain weekdays the text uses, each with the direction it is read in and where it starts. */
  weekdays: { name: string; direction: 'past' | 'future'; start: number }[];
  /** The days the text's own dates with a year name in captions and embedded posts. */
  days: string[];
  /** Those dates, each with where it starts. */
  reportage: { day: string; start: number }[];
  /** Days of writing the text states: a deictic day set beside a date with its year ("effective today, May 29, 2015"; "yesterday (Jan. 15, 2031)"). */
  stated: string[];
}

/**
 * The relative day a report is told by in the probe reading: the probe's report of its kind at its
 * first evidence; for a summit or a meeting, the probe's report of the other of the two there when it
 * has none of its own (the probe day changes who holds an office, so heads of state who meet on the
 * day of writing may read as people meeting on the probe day: "Biden and Xi met on Monday").
 */
export function toldOf(reading: ProbeReading, report: { kind: string; evidence: readonly { start: number }[] }): string | undefined {
  const at = (kind: string) => reading.told.get(`${kind}@${report.evidence[0]?.start}`);
  const other = MEETINGS.has(report.kind) ? [...MEETINGS].find((k) => k !== report.kind) : undefined;
  return at(report.kind) ?? (other ? at(other) : undefined);
}

const readings = new Map<string, ProbeReading>();
/** Articles whose reading is kept (the oldest forgotten first): a bound on memory, not on correctness. */
const READINGS_KEPT = 20_000;

export function probeReading(article: Article, pipeline: Pipeline): ProbeReading {
  const key = `${article.id}\u0000${article.text.length}\u0000${article.text.slice(0, 200)}`;
  let reading = readings.get(key);
  if (!reading) {
    const x = extractArticle(article, PROBE_DAY, pipeline);
    const told = new Map(x.events.flatMap((e) => (e.when?.text ? [[`${e.kind}@${e.evidence[0]?.start}`, e.when.text] as [string, string]] : [])));
    const weekdays: ProbeReading['weekdays'] = [];
    const reportage: ProbeReading['reportage'] = [];
    // The probe day's own weekday reads as that day: its direction is read against the next day (the time stage alone).
    let nextDay: TimeMention[] | null = null;
    for (const t of x.mentions.times) {
      const { earliest, latest } = t.span;
      if (!earliest || earliest !== latest) continue;
      const name = PLAIN_WEEKDAY.exec(t.text.trim().replace(/\s+/g, ' '))?.[1]?.toLowerCase();
      if (t.anchor === 'publication' && name) {
        let reading: string | null | undefined = earliest;
        if (earliest === PROBE_DAY) {
          nextDay ??= pipeline.times(article.text, contextFor(article, NEXT_PROBE_DAY));
          reading = nextDay.find((n) => n.start === t.start && n.end === t.end)?.span.earliest;
          if (!reading || reading === NEXT_PROBE_DAY) continue;
          weekdays.push({ name, direction: reading <= PROBE_DAY ? 'past' : 'future', start: t.start });
        } else weekdays.push({ name, direction: earliest < PROBE_DAY ? 'past' : 'future', start: t.start });
      }
      else if (t.anchor === 'absolute' && /\b\d{4}\b/.test(t.text) && isReportage(article.text, t.start, x.sentences)) reportage.push({ day: earliest, start: t.start });
    }
    reading = { told, weekdays, days: [...new Set(reportage.map((r) => r.day))].sort(), reportage, stated: statedDays(article.text, x.mentions.times) };
    readings.set(key, reading);
    if (readings.size > READINGS_KEPT) readings.delete(readings.keys().next().value!);
  }
  return reading;
}

/** Right before a caption's or a post's date: a place or credit set off by a comma, a handle's closing parenthesis, a weekday. */
const DATELINED_BEFORE = new RegExp(String.raw`(?:[,)]|\b(?:${WEEKDAYS.join('|')}),?)\s*$`, 'i');
/** The present tense of a photo caption ("Pompeo arrives in Ankara", "the leaders meet in Geneva"), not an infinitive ("to meet"). */
const CAPTION_VERB = /(?<!\bto\s)\b(?:arrive|attend|meet|walk|speak|shake|talk|listen|smile|gesture|wave|pose|look|stand|sit|leave|deliver|address|hold|sign|greet|show|discuss|announce|chat|react|depart|board|visit|hug|embrace|take)s?\b|\b(?:is|are)\s+(?:seen|pictured|shown)\b/i;

/** Whether the date at `start` dates reportage (a caption, a post) rather than history. */
function isReportage(text: string, start: number, sentences: readonly { start: number; end: number }[]): boolean {
  if (DATELINED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const sentence = sentences.find((s) => s.start <= start && start < s.end);
  return !!sentence && CAPTION_VERB.test(text.slice(sentence.start, start));
}

/** A deictic day and a date with its year set beside it (a comma or a parenthesis between): the day of writing, counted from the date. */
function statedDays(text: string, times: readonly TimeMention[]): string[] {
  const sorted = [...times].sort((a, b) => a.start - b.start);
  const out = new Set<string>();
  sorted.forEach((t, i) => {
    const next = sorted[i + 1];
    const deictic = DEICTIC.find(([pattern]) => pattern.test(t.text.trim().replace(/\s+/g, ' ')));
    if (!deictic || !next || next.anchor !== 'absolute' || !next.span.earliest || next.span.earliest !== next.span.latest || !/\b\d{4}\b/.test(next.text)) return;
    if (!/^\s*(?:,|\()\s*$/.test(text.slice(t.end, next.start))) return;
    out.add(CalendarDay.shift(next.span.earliest, deictic[1]));
  });
  return [...out].sort();
}
