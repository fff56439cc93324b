// Holidays as dates: "New Year's Day", "New Year's Eve", "Christmas Day", "Christmas Eve",
// "Christmas 2018", "at Christmas", "Good Friday", "Easter Sunday", "Easter Monday", "Easter
// weekend" (Saturday and Sunday, TIMEX3 "2018-W13-WE"), "over Easter". Written by hand: chrono
// has no holidays. Fixed-date ones without a year are left to narrativeTenseRefiner like "June 12";
// Easter moves with the year, so this parser picks the year itself, in the narration's direction
// (the last Easter on or before the reference, or the first one still to come), and an undated
// article's year-less Easter is not read at all. Bare "Christmas" and "Easter" need a preposition
// ("a Christmas message", "Easter eggs" are no dates).
import { CalendarDay } from '../../../model/calendarDay.js';
import { easterSunday } from '../easterSunday.js';
import { narrationAt } from '../narrationAt.js';
import { wordParser, type WordReading } from '../wordParser.js';

const YEAR = String.raw`(?:\s+(?:of\s+)?((?:19|20)\d{2}))?`;
const PATTERN = new RegExp(
  String.raw`((?:[Aa]t|[Oo]n|[Oo]ver|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Ss]ince|[Aa]round|[Dd]uring|[Ff]or)\s+)?` +
    String.raw`(New\s+Year['’]s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday|[Ww]eekend))?)` +
    YEAR + String.raw`(?![\p{L}\d])`,
  'u',
);

/** Days from Easter Sunday to the first day of each Easter holiday, and how many days it lasts. */
const EASTER: Record<string, [number, number]> = { 'good friday': [-2, 1], easter: [0, 1], 'easter sunday': [0, 1], 'easter monday': [1, 1], 'easter weekend': [-1, 2] };
const FIXED: Record<string, [number, number]> = { "new year's day": [1, 1], "new year's eve": [12, 31], christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24] };

function easterHoliday(name: string, year: number): CalendarDay {
  return easterSunday(year).addDays(EASTER[name]![0]);
}

export const holidayParser = wordParser('holidayParser', PATTERN, (match, settings, context) => {
  const name = match[2]!.replace(/\s+/g, ' ').replace('’', "'").toLowerCase();
  const year = match[3] ? Number(match[3]) : null;
  if ((name === 'christmas' || name === 'easter') && !match[1] && year === null) return null;
  const skip = match[1]?.length ?? 0;
  const weekend = name === 'easter weekend';
  const note = { granularity: weekend ? ('week' as const) : ('day' as const), ...(weekend ? { weekend: true } : {}) };
  const fixed = FIXED[name];
  if (fixed) {
    const [month, day] = fixed;
    return year === null ? { skip, known: { month, day }, implied: { year: settings.reference.year }, note } : { skip, known: { year, month, day }, note };
  }
  if (year !== null) {
    const d = easterHoliday(name, year);
    return { skip, known: { year, month: d.month, day: d.day }, note };
  }
  if (settings.undated) return null;
  const ref = settings.reference;
  const index = match.index ?? 0;
  const direction = narrationAt(context.text, index + skip, index + match[0].length) === 'future' ? 'future' : 'past';
  const last = EASTER[name]![1] - 1;
  const years = [ref.year - 1, ref.year, ref.year + 1];
  const chosen = direction === 'past' ? years.filter((y) => easterHoliday(name, y).compare(ref) <= 0).pop()! : years.find((y) => easterHoliday(name, y).addDays(last).compare(ref) >= 0)!;
  const d = easterHoliday(name, chosen);
  const reading: WordReading = { skip, implied: { year: chosen, month: d.month, day: d.day }, note };
  return reading;
});
