// Refiner 5. Resolves anaphoric readings ("the following day", "two days later", "the quarter",
// "a year earlier") against the nearest preceding dated reading that may anchor them (by default
// one fine enough for the unit: a day for "day", a day or week for "week", ...; never the day
// something was said, "officials said on Thursday"): "Moon will
// arrive on April 10 and hold a summit the following day" -> April 11. A range counts forward
// from its last day. An anaphor that keeps its anchor's granularity moves the anchor by its
// offset ("the third quarter ... a year earlier" -> the third quarter of the year before). With
// no anchor the anaphor keeps its own reading when it has one (a fallback counted from the
// reference: "the quarter" alone is the last quarter before the reference) and is dropped
// otherwise, as it is when its anchor hangs on the reference of an undated article.
import type { ParsingResult, Refiner } from 'chrono-node';
import type { Granularity } from '../../../model/index.js';
import { CalendarDay } from '../../../model/calendarDay.js';
import { narrationAt } from '../narrationAt.js';
import { readingOf } from '../readingOf.js';
import { timeNote, type Anaphor, type CalendarUnit } from '../timeNote.js';
import { timeSettings } from '../timeSettings.js';

const FINE_ENOUGH: Record<CalendarUnit, Granularity[]> = {
  day: ['day'],
  week: ['day', 'week'],
  month: ['day', 'week', 'early-month', 'mid-month', 'late-month', 'month'],
  quarter: ['day', 'week', 'early-month', 'mid-month', 'late-month', 'month', 'quarter'],
  year: ['day', 'week', 'early-month', 'mid-month', 'late-month', 'month', 'season', 'quarter', 'half', 'year'],
};
/** "the nine months", "the first six months": a reporting period counted in months. */
const MONTHS_PERIOD = /^the\s+(?:(?:first|latest|last|past)\s+)?[\p{L}\d-]+\s+months$/iu;
/** A sentence ends between two readings: end punctuation, then a capital or a new line. */
const SENTENCE_END = /[.!?]["'”’)]*\s+(?=["“(]?\p{Lu})|\n/gu;

function anchorDay(anchor: ParsingResult, forward: boolean): CalendarDay | null {
  const components = forward && anchor.end ? anchor.end : anchor.start;
  return CalendarDay.of(components.get('year') ?? NaN, components.get('month') ?? NaN, components.get('day') ?? NaN);
}

/** At most `ends` sentence ends between the anchor and the anaphor (the text runs into the
 *  anaphor's first characters so that the capital after an end is seen). */
function near(text: string, anchor: ParsingResult, result: ParsingResult, ends: number): boolean {
  return (text.slice(anchor.index + anchor.text.length, result.index + 2).match(SENTENCE_END) ?? []).length <= ends;
}

function shift(day: CalendarDay, n: number, unit: CalendarUnit): CalendarDay {
  if (unit === 'day' || unit === 'week') return day.addDays(unit === 'day' ? n : 7 * n);
  const months = unit === 'month' ? n : unit === 'quarter' ? 3 * n : 12 * n;
  const { year, month } = CalendarDay.addMonths(day.year, day.month, months);
  return CalendarDay.of(year, month, Math.min(day.day, CalendarDay.daysInMonth(year, month)))!;
}

function assignDay(result: ParsingResult, day: CalendarDay): void {
  result.start.assign('year', day.year).assign('month', day.month).assign('day', day.day);
}

/** The anaphor's own granularity once counted from a day of its anchor. */
function resolveByUnit(result: ParsingResult, day: CalendarDay, { n, unit, weekday }: Anaphor): Granularity {
  if (weekday !== undefined) {
    let target = day.addDays(Math.sign(n));
    while (target.weekday !== weekday) target = target.addDays(Math.sign(n));
    assignDay(result, target);
    return 'day';
  }
  if (unit === 'day' || unit === 'week') {
    const target = shift(day, n, unit);
    assignDay(result, unit === 'week' ? target.weekStart : target);
    return unit;
  }
  if (unit === 'month' || unit === 'quarter') {
    const target = shift(day, n, unit);
    result.start.assign('year', target.year).assign('month', target.month).imply('day', 1);
    return unit;
  }
  if (result.start.isCertain('month')) {
    result.start.assign('year', day.year + n);
    return 'month';
  }
  result.start.assign('year', day.year + n).imply('month', 1).imply('day', 1);
  return 'year';
}

export const anaphoraRefiner: Refiner = {
  refine(context, results) {
    const settings = timeSettings(context);
    const kept: ParsingResult[] = [];
    for (const [i, result] of results.entries()) {
      const note = timeNote.read(result.start);
      if (!note.anaphor) {
        kept.push(result);
        continue;
      }
      const anaphor = note.anaphor;
      const allowed = anaphor.anchors ?? FINE_ENOUGH[anaphor.unit];
      // The period in focus ("the quarter") is the one the text is about, not one it compares it with
      // ("the year-ago quarter", "the 1988 period"): an anaphor that keeps its anchor's period skips
      // shifted anaphors and periods named by another year.
      const compared = (r: ParsingResult) => {
        const other = timeNote.read(r.start).anaphor;
        return !!other && (other.n !== 0 || other.year !== undefined);
      };
      // A comparison a year back told in the past ("in the year-ago period, it earned") compares a
      // period reported on, not one forecast that has not ended ("analysts expect losses through the
      // fourth quarter"; "expects to report a third-quarter loss" after September is reported on).
      const told = anaphor.n < 0 && anaphor.keep !== undefined && narrationAt(context.text, result.index, result.index + result.text.length) === 'past';
      const ahead = (r: ParsingResult) =>
        told && (readingOf.interval(r)?.latest ?? '') > settings.reference.iso && narrationAt(context.text, r.index, r.index + r.text.length) === 'future';
      const fits = (r: ParsingResult) => {
        const reading = readingOf(r);
        if (anaphor.keep && (compared(r) || ahead(r))) return false;
        // The day something was said ("state media said on Thursday") is no day of the story.
        if (!anaphor.keep && narrationAt.isReportDate(context.text, r.index, r.index + r.text.length)) return false;
        return reading.parts !== null && allowed.includes(reading.parts.granularity);
      };
      const before = [...kept].reverse().find((r) => fits(r) && (anaphor.near === undefined || near(context.text, r, result, anaphor.near)));
      // "For the nine months, net rose ... from a year earlier", "... in the 1988 period": a reporting
      // period of months in the anaphor's sentence is the period in focus; a quarter before it only
      // gives the year (an anaphor that names a quarter stays one).
      const focus = anaphor.keep && [...kept].reverse().find((r) => MONTHS_PERIOD.test(r.text) && timeNote.read(r.start).granularity === 'duration' && near(context.text, r, result, 0));
      const outOfFocus = !!focus && !!before && before.index < focus.index && !/quarter/i.test(result.text);
      // A time of its own sentence may also come after it ("at 10:35 a.m. (0735 GMT) Friday").
      const later = anaphor.near === 0 ? results.slice(i + 1).find((r) => !timeNote.read(r.start).anaphor && fits(r) && near(context.text, result, r, 0)) : undefined;
      const anchor = before ?? later;
      const anchorReading = anchor && readingOf(anchor);
      const base = anchorReading?.needsReference ? 'publication' : 'absolute';
      // A day is kept only from its own sentence ("the six months ended Aug. 12 ... a year earlier"),
      // never from the day of the report ("the company said Friday").
      const dayKept = (r: ParsingResult) => near(context.text, r, result, 0) && !narrationAt.isReportDate(context.text, r.index, r.index + r.text.length);
      const keptUnit = anchorReading?.parts?.granularity;
      const keep = !!keptUnit && (anaphor.keep ?? []).includes(keptUnit) && (keptUnit !== 'day' || dayKept(anchor!)) && !(outOfFocus && anchor === before);
      const day = anchor ? anchorDay(anchor, anaphor.n > 0 && !keep) : null;
      if (!anchor || !anchorReading?.parts || !day || (base === 'publication' && settings.undated)) {
        if (anaphor.fallback) kept.push(timeNote.add(result, { base: 'reference' }));
        continue;
      }
      const by = { base, by: 'time/anaphoraRefiner' } as const;
      if (keep) {
        const target = shift(day, anaphor.n, anaphor.unit);
        assignDay(result, target);
        if (anaphor.year !== undefined) result.start.assign('year', anaphor.year);
        const { granularity, season } = anchorReading.parts;
        timeNote.add(result, { granularity, ...(season ? { season } : {}), ...by });
      } else if (outOfFocus && anchor === before) {
        // The period of months in focus gives the year only: "a year earlier" is the year before,
        // "the 1988 period" is 1988.
        result.start.assign('year', anaphor.year ?? shift(day, anaphor.n, anaphor.unit).year).imply('month', 1).imply('day', 1);
        timeNote.add(result, { granularity: 'year', ...by });
      } else {
        timeNote.add(result, { granularity: resolveByUnit(result, day, anaphor), ...by });
      }
      kept.push(result);
    }
    return kept;
  },
};
