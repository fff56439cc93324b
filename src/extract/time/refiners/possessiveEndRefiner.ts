// Refiner 2b. A range whose end is owned by the noun after it is no range: "a revision Friday to
// December's figures" is "Friday" and "December" ("December's figures"), each read on its own
// (narrativeTenseRefiner), not one stretch from Friday to the next December. Runs before
// narrativeTenseRefiner so that the end gets its own direction.
import { ParsingResult, type Refiner } from 'chrono-node';
import { timeNote } from '../timeNote.js';
import { splitPoint } from './rangeSplitRefiner.js';

export const possessiveEndRefiner: Refiner = {
  refine(context, results) {
    return results.flatMap((result) => {
      const at = result.end ? splitPoint(result.text) : null;
      if (!result.end || !at || timeNote.read(result.start).value) return [result];
      if (!/^['’]s\b/.test(context.text.slice(result.index + result.text.length))) return [result];
      const first = new ParsingResult(context.reference, result.index, result.text.slice(0, at.left), result.start);
      const second = new ParsingResult(context.reference, result.index + at.right, result.text.slice(at.right), result.end);
      return [first, second];
    });
  },
};
