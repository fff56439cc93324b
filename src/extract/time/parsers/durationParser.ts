// Durations: "four months", "for two years", "70-year", "the past two years", "several weeks",
// "for decades" -> TIMEX3 "P4M", "P2Y", "P70Y", "P2Y", "PXW", "PXDE"; no interval.
// "four months after a second meeting" is a duration here, never a date counted from the
// reference. Written by hand: chrono has no durations; it reads "for two years" and
// "four months after" as dates two years / four months after the reference.
import { calendarWords } from '../calendarWords.js';
import { wordParser } from '../wordParser.js';

const UNIT = '(decade|year|month|week|day|hour|minute)';
const COUNT = `(${calendarWords.countPattern}|several|a\\s+few|few|many)`;
const PATTERN = new RegExp(
  `(?:(?:the\\s+(?:past|last|next|coming|previous)\\s+)?${COUNT}\\s+${UNIT}s?(?:-long)?` +
    `|(${calendarWords.countPattern})-${UNIT}(?:s?-(?:long|old))?` +
    `|the\\s+(?:past|last|next|coming|previous)\\s+${UNIT}(?!\\s+of\\b)` +
    `|(?:for|over)\\s+(decade|year|month|week|day)s)(?![\\p{L}\\d-])`,
  'iu',
);
/** "a year" is a duration after these words ("for a year", "nearly a month")... */
const ARTICLE_BEFORE = /\b(?:for|within|in|over|after|before|about|nearly|almost|than|least|just|only|some|around|roughly|past|last|next|coming|barely|full)\s+$/i;
/** ...or before these ("a year after the summit", "a month-long"). */
const ARTICLE_AFTER = /^\s*(?:after|before|earlier|later|on|long|-long|of\s+talks)\b/i;

const CODE: Record<string, string> = { decade: 'DE', year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M' };

function value(count: number | null, unit: string): string {
  const u = unit.toLowerCase();
  const n = count === null ? 'X' : String(count);
  return u === 'hour' || u === 'minute' ? `PT${n}${CODE[u]}` : `P${n}${CODE[u]}`;
}

export const durationParser = wordParser('durationParser', PATTERN, (match, _settings, context) => {
  const index = match.index ?? 0;
  const note = (count: number | null, unit: string) => ({ granularity: 'duration' as const, value: value(count, unit) });
  if (match[1]) {
    const word = match[1].toLowerCase().replace(/\s+/g, ' ');
    if ((word === 'a' || word === 'an') && !/-long$/i.test(match[0])) {
      const before = context.text.slice(Math.max(0, index - 12), index);
      const after = context.text.slice(index + match[0].length, index + match[0].length + 12);
      if (!ARTICLE_BEFORE.test(before) && !ARTICLE_AFTER.test(after)) return null;
    }
    const count = /^(several|a few|few|many)$/.test(word) ? null : calendarWords.count(word);
    if (count === null && !/^(several|a few|few|many)$/.test(word)) return null;
    return { note: note(count, match[2]!) };
  }
  if (match[3]) return { note: note(calendarWords.count(match[3]), match[4]!) };
  if (match[5]) return { note: note(1, match[5]) };
  // "for years": skip the preposition.
  return { skip: match[0].length - match[6]!.length - 1, note: note(null, match[6]!) };
});
