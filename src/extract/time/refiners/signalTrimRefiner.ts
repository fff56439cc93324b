// Refiner 2. Trims each reading to its TIMEX3 extent: the preposition before it is a signal,
// not part of the time ("on Thursday," -> "Thursday"), and so is punctuation around it.
// Modifiers stay ("late February", "the end of September", "earlier Wednesday", "around 7:15 p.m.").
import type { Refiner } from 'chrono-node';
import { timeNote } from '../timeNote.js';

/** "at" before "least"/"most" is part of a modifier ("at least two years"), not a signal. */
const LEADING = /^(?:[\s,(（]*)(?:(?:on|in|at)\s+(?!least\b|most\b))?/i;
const TRAILING = /[\s,;:(（)）]+$/;

/** "around 7:15 p.m.", "about Nov. 1": an approximating modifier before a date or a clock time is
 *  part of its extent (TimeML MOD="APPROX"); before a duration or a possessive it is left out. */
const APPROXIMATE_BEFORE = /\b(?:around|about|approximately|roughly)\s+$/i;

export const signalTrimRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const lead = LEADING.exec(result.text)?.[0].length ?? 0;
      const trimmed = result.text.slice(lead).replace(TRAILING, '');
      if (trimmed.length === 0) continue;
      result.index += lead;
      result.text = trimmed;
      const note = timeNote.read(result.start);
      const approximate = APPROXIMATE_BEFORE.exec(context.text.slice(Math.max(0, result.index - 15), result.index));
      // "get around Wednesday's ruling": before a possessive, "around" belongs to the noun phrase.
      const possessive = /^['’]s\b/.test(context.text.slice(result.index + result.text.length));
      if (approximate && note.granularity !== 'duration' && !note.value && !possessive) {
        result.index -= approximate[0].length;
        result.text = context.text.slice(result.index, result.index + approximate[0].length + result.text.length);
      }
    }
    return results;
  },
};
