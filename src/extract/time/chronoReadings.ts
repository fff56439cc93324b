// Which of chrono's casual English parsers the time extractor keeps, with a guard against
// readings that are wrong in news text and a note of what their readings mean, and which it
// drops (with the reason). newsChrono keeps exactly the parsers listed in `kept`.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { calendarWords } from './calendarWords.js';
import type { ChronoReading } from './chronoParser.js';

/** Words before a bare month name that make it a time ("in May", "since March", "by June"). */
const MONTH_SIGNALS = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'from', 'between', 'before', 'after', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'every',
  'each', 'around', 'about', 'on', 'for', 'whole',
]);
/** Joining words that make a bare month a time only after another month ("from February to March"). */
const MONTH_JOINERS = new Set(['to', 'and', 'or']);
/** "the February summit": a bare month is a time when it modifies one of these nouns. */
const EVENT_NOUNS = new Set([
  'summit', 'summits', 'meeting', 'meetings', 'talks', 'visit', 'trip', 'election', 'elections',
  'deadline', 'agreement', 'deal', 'letter', 'letters', 'vote', 'announcement', 'statement',
  'sanctions', 'test', 'tests', 'launch', 'launches', 'report', 'session', 'rally', 'ceremony', 'issue',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
const FUNCTION_WORDS = new Set(['of', 'on', 'to', 'and', 'or', 'in', 'at', 'for', 'with', 'by', 'from', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'that', 'which', 'who', 'as', 'than', 'but', 'if', 'not']);
/** Weekdays that are part of a name: "Bloody Sunday", "the Sunday Times". */
const NAME_BEFORE_WEEKDAY = new Set(['Bloody', 'Super', 'Black', 'Cyber', 'Easter', 'Palm', 'Good', 'Ash', 'Holy', 'Maundy', 'Shrove', 'Giving']);
const NAME_AFTER_WEEKDAY = new Set([
  'Times', 'Telegraph', 'Express', 'Mirror', 'Post', 'Herald', 'Mail', 'Independent', 'Star', 'Sport',
  'Night', 'School', 'Service', 'Morning', 'Edition', 'Review', 'Show', 'Magazine', 'Observer',
  'Tribune', 'Journal', 'Globe', 'Club', 'Massacre', 'Agreement',
]);

/** "today's youth": nouns of an era, not of a day. */
const GENERIC_AFTER_TODAY = /^['’]s\s+(?:\p{Ll}+\s+)?(?:youth|world|society|generations?|children|kids|young|teenagers|students|families|women|men|people)\b/u;

function wordBefore(text: string, index: number): string {
  return /([\p{L}]+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1] ?? '';
}

function wordAfter(text: string, index: number): string {
  return /^[\s]*([\p{L}]+)/u.exec(text.slice(index, index + 40))?.[1] ?? '';
}

/** Month names in the result must be capitalised: "may" and "march" are verbs. */
function monthsCapitalised(_context: ParsingContext, result: ParsingResult): boolean {
  return (result.text.match(/\p{L}+/gu) ?? []).every((w) => calendarWords.month(w) === null || /^\p{Lu}/u.test(w));
}

/** A bare month ("March") is a time only after a temporal signal, before a year, as "March's" or before a noun it dates ("the March summit"). */
function bareMonthIsTime(context: ParsingContext, result: ParsingResult): boolean {
  if (!monthsCapitalised(context, result)) return false;
  // "the March of Dimes": a month before "of" and no year is a name.
  if (/\sof$/i.test(result.text)) return false;
  if (result.start.isCertain('year') || result.start.isCertain('day')) return true;
  const end = result.index + result.text.length;
  const before = wordBefore(context.text, result.index);
  if (/^['’]s\b/.test(context.text.slice(end))) return true;
  if (MONTH_SIGNALS.has(before.toLowerCase())) return true;
  if (MONTH_JOINERS.has(before.toLowerCase())) {
    const lead = context.text.slice(Math.max(0, result.index - 30), result.index).match(/\p{L}+/gu) ?? [];
    return lead.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && calendarWords.month(w) !== null);
  }
  const after = wordAfter(context.text, end);
  if (before.toLowerCase() === 'the' && EVENT_NOUNS.has(after.toLowerCase())) return true;
  // "the October slaying", "a June agreement", "its May report": a month modifying a common noun
  // ("the March on Washington" is a name: a preposition follows).
  return DETERMINERS.has(before.toLowerCase()) && /^\p{Ll}+$/u.test(after) && !FUNCTION_WORDS.has(after);
}

/** Full, capitalised weekday names only ("Sun", "sat", "wed" are words), and not inside a name. */
function weekdayIsTime(context: ParsingContext, result: ParsingResult): boolean {
  const word = /\p{L}+day\b/iu.exec(result.text.replace(/^\W*on\s+/i, ''))?.[0] ?? '';
  if (calendarWords.weekday(word) === null || !/^\p{Lu}/u.test(word)) return false;
  const at = result.index + result.text.indexOf(word);
  const before = /(\p{L}+)\s+$/u.exec(context.text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  const after = /^\s+(\p{L}+)/u.exec(context.text.slice(at + word.length, at + word.length + 30))?.[1] ?? '';
  return !NAME_BEFORE_WEEKDAY.has(before) && !NAME_AFTER_WEEKDAY.has(after);
}


export const chronoReadings: { kept: Record<string, ChronoReading>; dropped: Record<string, string> } = {
  kept: {
    ISOFormatParser: {},
    ENYearMonthDayParser: {},
    // "6/12" is as often a fraction or a score as a date; keep slash dates with a year only.
    SlashDateFormatParser: { guard: (_c, r) => r.start.isCertain('year') },
    ENSlashMonthFormatParser: {},
    ENMonthNameLittleEndianParser: { guard: monthsCapitalised },
    ENMonthNameMiddleEndianParser: { guard: monthsCapitalised },
    ENYearMonthNameParser: { guard: monthsCapitalised },
    ENMonthNameParser: { guard: bareMonthIsTime },
    ENWeekdayParser: { guard: weekdayIsTime },
    // Clock times merge into the date beside them; alone they are the time of the day in focus
    // (clockTimeFilter). Only what says it is a time: "6.43" is a price, "at 1" a count.
    ENTimeExpressionParser: { signs: false, guard: (_c, r) => /\d:\d{2}|\d\s*[ap]\.?\s?m\b|o['’]clock|noon|midnight/i.test(r.text) },
    // "three days from now" only; "N days later/after" is anaphoric or a duration in news.
    ENTimeUnitLaterFormatParser: {
      guard: (_c, r) => /\bfrom\s+now$/i.test(r.text),
      note: () => ({ deictic: true, direction: 'future' }),
    },
    // today/tonight/tomorrow/yesterday; "now" is not a date, "last night" is dayPartParser's
    // (chrono decides it from the system clock's hour).
    ENCasualDateParser: {
      // Not "USA Today", "VOA Today": a capitalised "Today" after a name is part of it. Not the
      // era either: "today's youth", "today's world" (no day of the story).
      guard: (c, r) =>
        /^(?:today|tonight|tomorrow|yesterday)$/i.test(r.text) &&
        !(/^Today$/.test(r.text) && /\p{Lu}[\p{L}.]*\s+$/u.test(c.text.slice(Math.max(0, r.index - 20), r.index))) &&
        !(/^today$/i.test(r.text) && GENERIC_AFTER_TODAY.test(c.text.slice(r.index + r.text.length, r.index + r.text.length + 30))),
      note: (r) => ({
        deictic: true,
        ...(/^yesterday$/i.test(r.text) ? { direction: 'past' as const } : {}),
        ...(/^tomorrow$/i.test(r.text) ? { direction: 'future' as const } : {}),
        ...(/^tonight$/i.test(r.text) ? { timeOfDay: 'NI' } : {}),
      }),
    },
  },
  dropped: {
    ENTimeUnitAgoFormatParser: '"six weeks ago" is a week and "four years ago" a year in TimeML, not a day (agoParser); "two days before" is an offset from an event (anaphoricParser, durationParser)',
    ENTimeUnitWithinFormatParser: '"for two years" / "in two weeks" are durations (durationParser), not dates',
    ENTimeUnitCasualRelativeFormatParser: '"the past two years", "after four months" are durations (durationParser)',
    ENRelativeDateFormatParser: 'this/last/next week|month|year need their granularity (relativePeriodParser); "next day" is anaphoric',
    ENCasualTimeParser: '"this morning" is that day with its time of day (dayPartParser); "noon Thursday", "at noon" likewise (timeOfDayParser)',
    ENEndOfCurrentMonthParser: '"the end of this month" is late-month (relativePeriodParser), not its last day',
  },
};
