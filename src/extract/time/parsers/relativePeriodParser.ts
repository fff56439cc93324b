// this/last/next week, month, year, with their qualifiers: "next month" (a month, not a day),
// "last week" (an ISO week), "earlier this month" (the 1st to the reference), "later this
// year", "late last month", "by the end of this month", "the current fiscal year", "the full year",
// "the latest fiscal year" (the last one),
// "earlier in the year". Written by hand: chrono reads these
// as single days ("next month" = the same day next month; "last week" = seven days ago).
// "the past week" / "the last two years" are durations (durationParser).
import type { Granularity } from '../../../model/index.js';
import { CalendarDay } from '../../../model/calendarDay.js';
import type { TimeNote } from '../timeNote.js';
import { wordParser, type WordReading } from '../wordParser.js';

const PATTERN = new RegExp(
  '(?:(earlier|later|early|late|mid-?)\\s*(in\\s+)?|(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+)?' +
    '(this|last|next|past|previous|coming|the\\s+current|the\\s+full|the\\s+latest|the)\\s+(?:fiscal\\s+)?(week|month|year)(?![\\p{L}\\d-])',
  'iu',
);

const PARTS: Record<string, Granularity> = {
  early: 'early-month', beginning: 'early-month', start: 'early-month',
  mid: 'mid-month', 'mid-': 'mid-month', middle: 'mid-month',
  late: 'late-month', end: 'late-month',
};

/** "For the year, volume was flat", "a high for the year", "nine months of the year": the year in
 *  focus (one named in the sentence before, else the reference's). Not "the year ended Sept. 30"
 *  (a reporting period: durationParser), "the year before" (anaphoricParser), "the year 2000". */
function yearInFocus(match: RegExpMatchArray, ref: CalendarDay, text: string): WordReading | null {
  const index = match.index ?? 0;
  const after = text.slice(index + match[0].length, index + match[0].length + 20);
  if (match[1] || match[5]!.toLowerCase() !== 'year') return null;
  if (!/\b(?:for|of|during|throughout)\s+$/i.test(text.slice(Math.max(0, index - 12), index))) return null;
  if (!/^\s*(?:[,.;:)]|$|\s(?:and|but|to\s+date)\b|\s+of\s+\$)/i.test(after)) return null;
  const anaphor = { n: 0, unit: 'year' as const, anchors: ['year' as const], near: 1, fallback: true };
  return { known: { year: ref.year }, implied: { month: 1, day: 1 }, note: { deictic: true, granularity: 'year', anaphor } };
}

export const relativePeriodParser = wordParser('relativePeriodParser', PATTERN, (match, settings, context) => {
  const qualifier = (match[1] ?? match[3] ?? '').toLowerCase();
  const unit = match[5]!.toLowerCase();
  // "the current fiscal year", "the full year", "earlier in the year": this one.
  const inThe = !!match[2] && /^the$/i.test(match[4]!);
  // "the latest fiscal year": the last one before the reference, as "the latest quarter" is.
  const which = match[4]!.toLowerCase().replace(/^the\s+(?:current|full)$/, 'this').replace(/^the\s+latest$/, 'last').replace(/^the$/, inThe ? 'this' : 'the');
  const index = match.index ?? 0;
  if (match[2] && !inThe) return null;
  // "ABC's This Week": a capitalised unit word is a title, not a time (upper-case headlines aside).
  if (/^\p{Lu}\p{Ll}/u.test(match[5]!)) return null;
  if (/^the\s+full$/i.test(match[4]!) && unit !== 'year') return null;
  // "the year" only after "end of" etc., or as the year in focus ("for the year", "the first nine
  // months of the year"); "the past week" is a duration; "the last week of June" a week of June.
  if (which === 'the' && !match[3]) return yearInFocus(match, settings.reference, context.text);
  if (!qualifier && /\bthe\s+$/i.test(context.text.slice(Math.max(0, index - 4), index))) return null;
  if (/^\s+of\b/i.test(context.text.slice(index + match[0].length))) return null;

  // "the current fiscal year": a fiscal year is read as the calendar year (TimeBank's value).
  const shift = which === 'last' || which === 'past' || which === 'previous' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  const ref = settings.reference;
  const note: TimeNote = { deictic: true };
  if (shift < 0 || qualifier === 'earlier') note.direction = 'past';
  if (shift > 0 || qualifier === 'later') note.direction = 'future';
  if (shift === 0 && qualifier === 'earlier') note.clip = 'toReference';
  if (shift === 0 && qualifier === 'later') note.clip = 'fromReference';

  if (unit === 'week') {
    const monday = ref.weekStart.addDays(7 * shift);
    return { known: { year: monday.year, month: monday.month, day: monday.day }, note: { ...note, granularity: 'week' } };
  }
  if (unit === 'month') {
    const { year, month } = CalendarDay.addMonths(ref.year, ref.month, shift);
    const part = PARTS[qualifier];
    return { known: { year, month }, implied: { day: 1 }, note: part ? { ...note, granularity: part } : note };
  }
  // A part of a year has no granularity of its own: "late last year" is last year.
  return { known: { year: ref.year + shift }, implied: { month: 1, day: 1 }, note };
});
