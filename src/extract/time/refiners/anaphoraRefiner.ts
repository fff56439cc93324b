// Refiner 4. Resolves anaphoric readings ("the following day", "two days later") against the
// nearest preceding dated reading fine enough for the unit (a day for "day", a day or week for
// "week", ...): "Moon will arrive on April 10 and hold a summit the following day" -> April 11.
// A range counts forward from its last day. With no such reading, or when the anchor itself
// hangs on the reference of an undated article, the anaphor is dropped.
import type { ParsingResult, Refiner } from 'chrono-node';
import type { Granularity } from '../../../model/index.js';
import { CalendarDay } from '../../../model/calendarDay.js';
import { readingOf } from '../readingOf.js';
import { timeNote, type CalendarUnit } from '../timeNote.js';
import { timeSettings } from '../timeSettings.js';

const FINE_ENOUGH: Record<CalendarUnit, Granularity[]> = {
  day: ['day'],
  week: ['day', 'week'],
  month: ['day', 'week', 'early-month', 'mid-month', 'late-month', 'month'],
  year: ['day', 'week', 'early-month', 'mid-month', 'late-month', 'month', 'season', 'year'],
};

function anchorDay(anchor: ParsingResult, forward: boolean): CalendarDay | null {
  const components = forward && anchor.end ? anchor.end : anchor.start;
  return CalendarDay.of(components.get('year') ?? NaN, components.get('month') ?? NaN, components.get('day') ?? NaN);
}

export const anaphoraRefiner: Refiner = {
  refine(context, results) {
    const settings = timeSettings(context);
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const note = timeNote.read(result.start);
      if (!note.anaphor) {
        kept.push(result);
        continue;
      }
      const { n, unit } = note.anaphor;
      const anchor = [...kept].reverse().find((r) => {
        const reading = readingOf(r);
        return reading.parts !== null && FINE_ENOUGH[unit].includes(reading.parts.granularity);
      });
      if (!anchor) continue;
      const anchorReading = readingOf(anchor);
      const base = anchorReading.needsReference ? 'publication' : 'absolute';
      if (base === 'publication' && settings.undated) continue;
      const day = anchorDay(anchor, n > 0);
      if (!day) continue;
      if (unit === 'day' || unit === 'week') {
        const target = day.addDays(unit === 'day' ? n : 7 * n);
        const at = unit === 'week' ? target.weekStart : target;
        result.start.assign('year', at.year).assign('month', at.month).assign('day', at.day);
        timeNote.add(result, { granularity: unit, base, by: 'time/anaphoraRefiner' });
      } else if (unit === 'month') {
        const { year, month } = CalendarDay.addMonths(day.year, day.month, n);
        result.start.assign('year', year).assign('month', month).imply('day', 1);
        timeNote.add(result, { granularity: 'month', base, by: 'time/anaphoraRefiner' });
      } else if (result.start.isCertain('month')) {
        result.start.assign('year', day.year + n);
        timeNote.add(result, { granularity: 'month', base, by: 'time/anaphoraRefiner' });
      } else {
        result.start.assign('year', day.year + n).imply('month', 1).imply('day', 1);
        timeNote.add(result, { granularity: 'year', base, by: 'time/anaphoraRefiner' });
      }
      kept.push(result);
    }
    return kept;
  },
};
