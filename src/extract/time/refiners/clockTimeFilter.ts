// Refiner 1. Drops readings that name no day: clock times on their own ("at 3", "10 a.m.").
// A clock time next to a date has already been merged into it by chrono.
import type { Refiner } from 'chrono-node';
import { timeNote } from '../timeNote.js';

export const clockTimeFilter: Refiner = {
  refine(_context, results) {
    return results.filter((r) => {
      const note = timeNote.read(r.start);
      if (note.value || note.anaphor || note.granularity) return true;
      return (['year', 'month', 'day', 'weekday'] as const).some((c) => r.start.isCertain(c));
    });
  },
};
