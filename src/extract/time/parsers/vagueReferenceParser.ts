// Vague times around the reference: "recently", "in recent weeks" -> PAST_REF (up to the
// reference); "in the coming days", "in the next few weeks" -> FUTURE_REF (from it).
// Written by hand: chrono has no TIMEX3 reference values. The preposition is a signal.
import { wordParser } from '../wordParser.js';

const PATTERN = new RegExp(
  '(?:(recently|lately)|(?:in|over|during)\\s+(recent\\s+(?:days|weeks|months|years))' +
    '|(?:in|over|during|within)\\s+(the\\s+(?:coming|next\\s+few|next\\s+several)\\s+(?:days|weeks|months|years)))(?![\\p{L}\\d])',
  'iu',
);

export const vagueReferenceParser = wordParser('vagueReferenceParser', PATTERN, (match) => {
  const past = match[1] ?? match[2];
  const words = past ?? match[3]!;
  return {
    skip: match[0].length - words.length,
    note: { granularity: 'reference', value: past ? 'PAST_REF' : 'FUTURE_REF', deictic: true, direction: past ? 'past' : 'future' },
  };
});
