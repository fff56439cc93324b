// Present, past and future references (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF): "now",
// "right now", "currently", "nowadays", "these days", "Today, X is Y" (a present statement),
// "recently", "more recently", "the past", "the time" ("at the time"), "the future", "the near
// future", "the near term". Written by hand: chrono has no TIMEX3 reference values. Prepositions
// are signals, not part of the extent.
// Not references: "now that" (a conjunction), "the past two years" and "recent weeks" (durations,
// durationParser), "the past week's talks" (a period of its own), "the future of the talks",
// "at the time of the summit" (the time of something else), "future talks" (an adjective).
import { narrationAt } from '../narrationAt.js';
import { wordParser } from '../wordParser.js';

const PATTERN = new RegExp(
  '(?:(?<today>today)(?=,)|((?:right\\s+|just\\s+|until\\s+|by\\s+|from\\s+)?now|currently|nowadays|these\\s+days)' +
    '|((?:more\\s+|most\\s+|only\\s+|until\\s+)?recently|lately|the\\s+past|the\\s+time)' +
    '|(the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|the\\s+(?:near|short|long)(?:er)?\\s+term))(?![\\p{L}\\d-])',
  'iu',
);

/** After "now": a conjunction ("now that"), or "now-defunct". */
const NOW_CONJUNCTION = /^\s*(?:that\b|-)/i;
/** "the past"/"the future"/"the time" that belong to something else: "the future of", "the past two years", "the time of". */
const OWNED = /^\s*(?:of\b|when\b|that\b|\d|(?:two|three|four|five|six|seven|eight|nine|ten|few|several|many)\b|(?:week|month|year|decade|century|day|quarter|season)s?\b|['’]s\b)/i;
/** "the time" is a reference only as "at the time", "by the time" (alone: "the time it takes"). */
const TIME_SIGNAL = /\b(?:at|by|since|until|from)\s+$/i;

export const vagueReferenceParser = wordParser('vagueReferenceParser', PATTERN, (match, _settings, context) => {
  const index = match.index ?? 0;
  const words = match[0];
  const after = context.text.slice(index + words.length, index + words.length + 20);
  const before = context.text.slice(Math.max(0, index - 12), index);
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  if (match.groups?.today) {
    // "Today, the right to work is equal to the right to survival": a clause-initial "today" of a
    // statement in the present tense is the present, not the day (a past or future clause keeps
    // the day: "Today, the company reported", chrono's reading).
    const clauseStart = /(?:^|[.!?]["”']?\s+|\n|\b(?:[Aa]nd|[Bb]ut)\s+|["“]\s*)$/.test(before);
    if (!clauseStart || narrationAt(context.text, index, index + words.length) !== 'present') return null;
    return { note: { granularity: 'reference', value: 'PRESENT_REF', deictic: true } };
  }
  if (match[2]) {
    if (/now$/.test(lower) && NOW_CONJUNCTION.test(after)) return null;
    // "until now", "by now", "from now": the preposition is a signal ("from now on").
    const skip = /^(?:until|by|from) /.test(lower) ? words.search(/now$/i) : 0;
    return { skip, note: { granularity: 'reference', value: 'PRESENT_REF', deictic: true } };
  }
  if (OWNED.test(after)) return null;
  if (lower === 'the time' && (!TIME_SIGNAL.test(before) || /^\s*to\b/.test(after))) return null;
  // "until recently": the preposition is a signal; "more recently" is one expression.
  const skip = /^until /.test(lower) ? words.search(/recently$/i) : 0;
  const past = !!match[3];
  return {
    skip,
    note: { granularity: 'reference', value: past ? 'PAST_REF' : 'FUTURE_REF', deictic: true, direction: past ? 'past' : 'future' },
  };
});
