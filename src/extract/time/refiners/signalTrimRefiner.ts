// Refiner 2. Trims each reading to its TIMEX3 extent: the preposition before it is a signal,
// not part of the time ("on Thursday," -> "Thursday"), and so is punctuation around it.
// Modifiers stay ("late February", "the end of September", "earlier Wednesday").
import type { Refiner } from 'chrono-node';

/** "at" before "least"/"most" is part of a modifier ("at least two years"), not a signal. */
const LEADING = /^(?:[\s,(（]*)(?:(?:on|in|at)\s+(?!least\b|most\b))?/i;
const TRAILING = /[\s,;:(（)）]+$/;

export const signalTrimRefiner: Refiner = {
  refine(_context, results) {
    for (const result of results) {
      const lead = LEADING.exec(result.text)?.[0].length ?? 0;
      const trimmed = result.text.slice(lead).replace(TRAILING, '');
      if (trimmed.length === 0) continue;
      result.index += lead;
      result.text = trimmed;
    }
    return results;
  },
};
