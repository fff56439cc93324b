// Seasons: "this summer", "earlier this summer", "last spring", "next winter", "summer 2018",
// "the summer of 2018", "in the summer", "into the early summer" (year from the narration). Written by hand: chrono
// has no seasons. Northern meteorological seasons; see intervalOf for winter's year.
// Bare seasons need a preposition and lower case ("Arab Spring", "the fall of Saigon" are not).
import { CalendarDay } from '../../../model/calendarDay.js';
import { calendarWords } from '../calendarWords.js';
import { intervalOf } from '../intervalOf.js';
import type { Season, TimeNote } from '../timeNote.js';
import { wordParser } from '../wordParser.js';

const SEASON = calendarWords.seasonPattern;
const PATTERN = new RegExp(
  `(?:(?:([Ee]arlier|[Ll]ater)\\s+)?([Tt]his|[Ll]ast|[Nn]ext|[Pp]ast)\\s+(${SEASON})(?!\\s+of\\s+\\d)` +
    `|(?:the\\s+)?(${SEASON})(?:\\s+of)?\\s+((?:1[89]|20)\\d{2})` +
    `|(?:[Ii]n|[Ii]nto|[Dd]uring|[Oo]ver|[Tt]hrough|[Tt]hroughout|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Tt]ill|[Oo]f|[Ff]rom)\\s+((?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(${SEASON}))(?!\\s+of\\b))(?![\\p{L}\\d])`,
  'u',
);

/** Does the occurrence of `season` named by `year` contain, end before, start after the day? */
function occurrence(season: Season, year: number) {
  const start = CalendarDay.of(year, intervalOf.seasonStart(season), 1)!;
  const end = CalendarDay.addMonths(year, intervalOf.seasonStart(season), 2);
  return { start, end: CalendarDay.lastOfMonth(end.year, end.month) };
}

function seasonYear(modifier: string, season: Season, ref: CalendarDay): number {
  const years = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1];
  if (modifier === 'last' || modifier === 'past') {
    return years.filter((y) => occurrence(season, y).end.compare(ref) < 0).pop()!;
  }
  if (modifier === 'next') return years.find((y) => occurrence(season, y).start.compare(ref) > 0)!;
  const containing = years.find((y) => occurrence(season, y).start.compare(ref) <= 0 && occurrence(season, y).end.compare(ref) >= 0);
  return containing ?? ref.year;
}

export const seasonParser = wordParser('seasonParser', PATTERN, (match, settings) => {
  const ref = settings.reference;
  if (match[3]) {
    const season = calendarWords.season(match[3]);
    const modifier = match[2]!.toLowerCase();
    const qualifier = (match[1] ?? '').toLowerCase();
    if (!season) return null;
    const note: TimeNote = { granularity: 'season', season, deictic: true };
    if (modifier === 'last' || modifier === 'past' || qualifier === 'earlier') note.direction = 'past';
    if (modifier === 'next' || qualifier === 'later') note.direction = 'future';
    if (modifier === 'this' && qualifier === 'earlier') note.clip = 'toReference';
    if (modifier === 'this' && qualifier === 'later') note.clip = 'fromReference';
    const year = seasonYear(modifier, season, ref);
    return { known: { year, month: intervalOf.seasonStart(season) }, implied: { day: 1 }, note };
  }
  if (match[4]) {
    const season = calendarWords.season(match[4]);
    if (!season) return null;
    return { known: { year: Number(match[5]), month: intervalOf.seasonStart(season) }, implied: { day: 1 }, note: { granularity: 'season', season } };
  }
  const season = calendarWords.season(match[7]!);
  if (!season) return null;
  // Skip the preposition; the year is the narration's (narrativeTenseRefiner).
  return {
    skip: match[0].length - match[6]!.length,
    known: { month: intervalOf.seasonStart(season) },
    implied: { year: ref.year, day: 1 },
    note: { granularity: 'season', season },
  };
}, /spring|summer|autumn|fall|winter/i);
