// Runs one of chrono's own refiners without losing our notes. Some of chrono's merging
// refiners rebuild results with clone(), which drops tags ("Sunday, June 30" loses the note
// of "June 30"); each result that comes out gets back the notes of the results that went in
// inside its span, in text order (so a later part's "by" wins, as for chrono's own tag merge).
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
        const [start, end] = [result.index, result.index + result.text.length];
        const own = new Set(result.tags());
        for (const part of before) {
          if (part.start < start || part.end > end) continue;
          for (const tag of part.tags) if (!own.has(tag)) result.addTag(tag);
        }
      }
      return refined;
    },
  };
}
