// Runs one of chrono's own refiners on some readings only; the others go around it and are
// put back in text order. Used so that
//  - chrono's merging refiners never see readings with no date of their own (durations,
//    PAST_REF, anaphors): chrono takes a result with no date components for a clock time and
//    would glue "four months" to the date before it ("June 12, four months ...");
//  - chrono's "unlikely format" filters judge chrono's readings only: they drop every bare
//    number, including the years yearParser has already checked ("in 2018").
import type { ParsingResult, Refiner } from 'chrono-node';
import { timeNote } from './timeNote.js';

export type ResultTest = (result: ParsingResult) => boolean;

export function refineOnly(refiner: Refiner, test: ResultTest): Refiner {
  return {
    refine(context, results) {
      const others = results.filter((r) => !test(r));
      if (others.length === 0) return refiner.refine(context, results);
      const refined = refiner.refine(context, results.filter(test));
      return [...refined, ...others].sort((a, b) => a.index - b.index);
    },
  };
}

/** A reading with a date of its own (not a duration, a PAST_REF, an anaphor). */
refineOnly.dates = (result: ParsingResult): boolean => {
  const note = timeNote.read(result.start);
  return !note.value && !note.anaphor;
};

/** A date reading made by one of chrono's parsers (or unsigned: a clock time). */
refineOnly.chronoDates = (result: ParsingResult): boolean =>
  refineOnly.dates(result) && !(timeNote.read(result.start).by ?? '').startsWith('time/');
