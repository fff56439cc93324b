// Recurring times (TIMEX3 type SET, no interval): "daily" P1D, "annually" P1Y, "every day" P1D,
// "each year" P1Y, "every two weeks" P2W, "every Monday" and "on Mondays" XXXX-WXX-1, "each July"
// XXXX-07, "every morning" XXXX-XX-XXTMO, "Tuesday nights" XXXX-WXX-2TNI. Written by hand: chrono
// has no sets. Not sets: rates ("twice a day", "$5 million a year": TimeML leaves them out),
// "the Communist Party daily Granma" (a newspaper), "its quarterly dividend" (a frequency word
// before a noun is annotated only for "daily").
import { calendarWords } from '../calendarWords.js';
import { quantity } from '../quantity.js';
import { durationValue } from './durationParser.js';
import { wordParser } from '../wordParser.js';

const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const ADVERBS: Record<string, [number, string]> = {
  daily: [1, 'day'], nightly: [1, 'night'], weekly: [1, 'week'], monthly: [1, 'month'], quarterly: [3, 'month'],
  yearly: [1, 'year'], annually: [1, 'year'], hourly: [1, 'hour'],
};
const PATTERN = new RegExp(
  `(?:(?<adverb>${Object.keys(ADVERBS).join('|')})` +
    `|(?:every|each)\\s+(?:(?<count>other|${quantity.pattern})\\s+)?(?<unit>day|week|month|quarter|year|hour|morning|afternoon|evening|night|weekend|${calendarWords.weekdayPattern}|${calendarWords.monthPattern}|${calendarWords.seasonPattern})s?` +
    `|(?<weekdays>${calendarWords.weekdayPattern})s(?:\\s+(?<partOfWeekdays>morning|afternoon|evening|night)s?)?` +
    `|(?<weekday>${calendarWords.weekdayPattern})\\s+(?<partPlural>morning|afternoon|evening|night)s)(?![\\p{L}\\d-])`,
  'iu',
);

/** After an adverb of frequency: punctuation, a preposition or a conjunction (it modifies a verb). */
const ADVERBIAL_AFTER = /^(?:\s*(?:[,.;:!?)"”]|$)|\s+(?:and|or|but|since|through|until|in|for|from|to|at|on|over|by|as|with|because|while|when|if|thereafter|instead|rather)\b)/i;
/** "the Communist Party daily Granma": a newspaper. */
const NAME_AFTER = /^\s+\p{Lu}/u;

function weekdaySet(word: string, part?: string): string {
  const day = calendarWords.weekday(word)!;
  return `XXXX-WXX-${day || 7}${part ? `T${PARTS[part.toLowerCase()]}` : ''}`;
}

const set = (value: string) => ({ note: { granularity: 'set' as const, type: 'SET' as const, value } });

export const setParser = wordParser('setParser', PATTERN, (match, _settings, context) => {
  const g = match.groups ?? {};
  const index = match.index ?? 0;
  const after = context.text.slice(index + match[0].length, index + match[0].length + 20);
  if (g.adverb) {
    const word = g.adverb.toLowerCase();
    if (NAME_AFTER.test(after)) return null;
    if (word !== 'daily' && !ADVERBIAL_AFTER.test(after)) return null;
    const [n, unit] = ADVERBS[word]!;
    return set(unit === 'night' ? 'XXXX-XX-XXTNI' : durationValue(n, unit));
  }
  if (g.weekdays) return /^\p{Lu}/u.test(g.weekdays) ? set(weekdaySet(g.weekdays, g.partOfWeekdays)) : null;
  if (g.weekday) return /^\p{Lu}/u.test(g.weekday) ? set(weekdaySet(g.weekday, g.partPlural)) : null;
  const unit = g.unit!;
  const lower = unit.toLowerCase();
  if (calendarWords.weekday(unit) !== null) return set(weekdaySet(unit));
  const month = calendarWords.month(unit);
  if (month !== null && /^\p{Lu}/u.test(unit)) return set(`XXXX-${String(month).padStart(2, '0')}`);
  const season = calendarWords.season(unit);
  if (season) return set(`XXXX-${season}`);
  if (PARTS[lower]) return set(`XXXX-XX-XXT${PARTS[lower]}`);
  if (lower === 'weekend') return set('XXXX-WXX-WE');
  const n = !g.count ? 1 : g.count.toLowerCase() === 'other' ? 2 : quantity.read(g.count);
  if (n === null || Number.isNaN(n) || !['day', 'week', 'month', 'quarter', 'year', 'hour'].includes(lower)) return null;
  return set(durationValue(n, lower));
}, /daily|nightly|weekly|monthly|quarterly|yearly|annually|hourly|\b(?:every|each)\b|days\b|(?:morning|afternoon|evening|night)s\b/i);
