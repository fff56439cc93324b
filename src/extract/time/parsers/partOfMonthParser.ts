// "late February", "mid-March", "early June 2018", "the end of September", "the end of this
// December": a part of a named month (DESIGN.md: early 1-10, mid 11-20, late 20-end).
// Written by hand: chrono reads "late February" as February and "the end of September" as
// September 30.
import type { Granularity } from '../../../model/index.js';
import { calendarWords } from '../calendarWords.js';
import { modifiedMonth } from '../modifiedMonth.js';
import { wordParser } from '../wordParser.js';

const PART = '[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of';
const PATTERN = new RegExp(
  `(${PART})(?:\\s*-\\s*|\\s+)(?:([Tt]his|[Ll]ast|[Nn]ext)\\s+)?(${calendarWords.monthPattern})(?:,?\\s+((?:1[89]|20)\\d{2}))?(?![\\p{L}\\d])`,
  'u',
);

function partOf(words: string): Granularity {
  const w = words.toLowerCase();
  if (/early|beginning|start/.test(w)) return 'early-month';
  if (/mid/.test(w)) return 'mid-month';
  return 'late-month';
}

export const partOfMonthParser = wordParser('partOfMonthParser', PATTERN, (match, settings) => {
  const month = calendarWords.month(match[3]!);
  if (month === null) return null;
  const note = { granularity: partOf(match[1]!) };
  if (match[4]) return { known: { year: Number(match[4]), month }, implied: { day: 1 }, note };
  const modifier = modifiedMonth.modifier(match[2]);
  if (modifier) {
    const { year, direction } = modifiedMonth(modifier, month, settings.reference);
    return { known: { year, month }, implied: { day: 1 }, note: { ...note, deictic: true, ...(direction ? { direction } : {}) } };
  }
  // No year: narrativeTenseRefiner picks it from the narration.
  return { known: { month }, implied: { year: settings.reference.year, day: 1 }, note };
});
