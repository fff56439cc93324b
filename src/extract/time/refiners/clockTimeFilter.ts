// Refiner 1. Clock times on their own: a clock time next to a date has already been merged into
// it by chrono ("10 p.m. Wednesday"). One that says it is a time of day ("10:35 a.m.", "6 a.m",
// "7 o'clock") is a time of the day its sentence names, else of the reference day (the day of the
// news), TIMEX3 "1998-08-07T10:35"; anaphoraRefiner dates it. A bare number
// ("at 3", "by 5") names no time and is dropped.
import type { Refiner } from 'chrono-node';
import { timeNote } from '../timeNote.js';

const CLOCK = /\d:\d{2}|\d\s*[ap]\.?\s?m\b|o['’]clock/i;

export const clockTimeFilter: Refiner = {
  refine(_context, results) {
    return results.filter((r) => {
      const note = timeNote.read(r.start);
      if (note.value || note.anaphor || note.granularity) return true;
      if ((['year', 'month', 'day', 'weekday'] as const).some((c) => r.start.isCertain(c))) return true;
      if (!r.start.isCertain('hour') || !CLOCK.test(r.text)) return false;
      timeNote.add(r, { granularity: 'day', deictic: true, by: 'chrono/ENTimeExpressionParser', anaphor: { n: 0, unit: 'day', anchors: ['day'], near: 0, fallback: true } });
      return true;
    });
  },
};
