// Runs one of chrono's own refiners without losing our notes. Some of chrono's merging
// refiners rebuild a result with clone(), which drops tags ("Sunday, June 30" loses the note
// of "June 30"). A result that comes out with no note at all gets back the notes of the
// results that went in inside its span, in text order (a later part's "by" wins, as in
// chrono's own tag merge). Results that kept their notes are left alone: a range keeps its
// start's note and its end components keep theirs.
import type { Refiner } from 'chrono-node';

const NOTE_TAG = /^newsgraph:/;

export function keepNotes(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const before = results.map((r) => ({
        start: r.index,
        end: r.index + r.text.length,
        tags: [...r.tags()].filter((t) => NOTE_TAG.test(t)),
      }));
      const refined = refiner.refine(context, results);
      for (const result of refined) {
        if ([...result.start.tags()].some((t) => NOTE_TAG.test(t))) continue;
        const [start, end] = [result.index, result.index + result.text.length];
        for (const part of before) {
          if (part.start >= start && part.end <= end) for (const tag of part.tags) result.start.addTag(tag);
        }
      }
      return refined;
    },
  };
}
