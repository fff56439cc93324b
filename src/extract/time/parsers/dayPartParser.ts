// A day named by a part of it or by "earlier"/"later": "earlier today", "late yesterday", "this morning",
// "last night", "earlier Wednesday" (the reference day when it is a Wednesday, else the
// Wednesday before), "later Thursday". "early/late Thursday" keeps only the weekday, for
// narrativeTenseRefiner. Written by hand: chrono reads "earlier Wednesday" as the Wednesday
// nearest the reference, which may be after it, and "last night" by the system clock.
import { calendarWords } from '../calendarWords.js';
import type { CalendarDay } from '../../../model/calendarDay.js';
import { wordParser } from '../wordParser.js';

const PATTERN = new RegExp(
  `(?:([Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+(today|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)|${calendarWords.weekdayPattern})` +
    `|([Tt]his\\s+(?:morning|afternoon|evening))|((?:[Ll]ate\\s+)?[Ll]ast\\s+night))(?![\\p{L}\\d])`,
  'u',
);

function dayOf(d: CalendarDay) {
  return { year: d.year, month: d.month, day: d.day };
}

/** The time of day the words name, kept in the TIMEX3 value ("this morning" -> "...TMO"). */
function partOf(words: string): { timeOfDay?: string } {
  const part = /(morning|afternoon|evening|night|tonight)$/i.exec(words)?.[1]?.toLowerCase();
  const code = part && { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' }[part];
  return code ? { timeOfDay: code } : {};
}

export const dayPartParser = wordParser('dayPartParser', PATTERN, (match, settings) => {
  const ref = settings.reference;
  if (match[3]) return { known: dayOf(ref), note: { deictic: true, ...partOf(match[3]) } };
  if (match[4]) return { known: dayOf(ref.addDays(-1)), note: { deictic: true, direction: 'past', timeOfDay: 'NI' } };
  const qualifier = match[1]!.toLowerCase();
  const direction = qualifier === 'earlier' ? 'past' : qualifier === 'later' ? 'future' : undefined;
  const weekday = calendarWords.weekday(match[2]!);
  if (weekday === null) {
    const shift = /^yesterday$/i.test(match[2]!) ? -1 : /^tomorrow$/i.test(match[2]!) ? 1 : 0;
    const relative = shift < 0 ? 'past' : shift > 0 ? 'future' : direction;
    return { known: dayOf(ref.addDays(shift)), note: { deictic: true, ...(relative ? { direction: relative } : {}), ...partOf(match[2]!) } };
  }
  if (!direction) return { known: { weekday }, note: {} };
  // "earlier Wednesday" counts back to the latest Wednesday on or before the reference.
  const back = (ref.weekday - weekday + 7) % 7;
  const day = direction === 'past' ? ref.addDays(-back) : ref.addDays((weekday - ref.weekday + 7) % 7);
  return { known: { ...dayOf(day), weekday }, note: { deictic: true, direction } };
});
