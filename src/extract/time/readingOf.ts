// What a chrono result says once read with its note: granularity, date parts, and whether it
// depends on the reference date. Shared by the refiners and by toTimeMention so that they
// agree on what a result means.
import type { ParsedComponents, ParsingResult } from 'chrono-node';
import type { Granularity } from '../../model/index.js';
import { intervalOf, type DatedParts, type Interval } from './intervalOf.js';
import { timeNote, type TimeNote } from './timeNote.js';

export interface Reading {
  note: TimeNote;
  /** Null for readings with no interval of their own (durations, PAST_REF, unresolved anaphors). */
  parts: DatedParts | null;
  /** Whether the year (or the whole date) was computed from the reference rather than read. */
  needsReference: boolean;
  /** Only a weekday was read ("Thursday"). */
  weekdayOnly: boolean;
  /** The text gives the year (for a range, on either end: "Feb. 27 to March 1, 2019"). */
  yearKnown: boolean;
}

function granularityOf(components: ParsedComponents, note: TimeNote): Granularity | null {
  if (note.granularity) return note.granularity;
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return null;
}

function partsOf(components: ParsedComponents, note: TimeNote): DatedParts | null {
  const granularity = granularityOf(components, note);
  const [year, month, day] = [components.get('year'), components.get('month'), components.get('day')];
  if (!granularity || granularity === 'duration' || granularity === 'reference' || note.value) return null;
  if (note.anaphor && !note.base) return null;
  if (year === null || month === null || day === null) return null;
  return { granularity, year, month, day, ...(note.season ? { season: note.season } : {}), ...(note.weekend ? { weekend: true } : {}) };
}

export function readingOf(result: ParsingResult): Reading {
  const note = timeNote.read(result.start);
  const start = result.start;
  const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day') && !start.isCertain('month');
  const yearKnown = start.isCertain('year') || !!result.end?.isCertain('year');
  return {
    note,
    parts: partsOf(start, note),
    needsReference: note.anaphor && note.base !== 'reference' ? note.base === 'publication' : !!note.deictic || !yearKnown,
    weekdayOnly,
    yearKnown,
  };
}

/** The interval a result covers: its start reading, stretched to its end reading for ranges. */
readingOf.interval = (result: ParsingResult, reading: Reading = readingOf(result)): Interval | null => {
  if (!reading.parts) return null;
  const first = intervalOf(reading.parts);
  if (!first || !result.end) return first;
  const endNote = timeNote.read(result.end);
  const endParts = partsOf(result.end, { ...(reading.note.season ? { season: reading.note.season } : {}), ...endNote, anaphor: undefined });
  const last = endParts ? intervalOf(endParts) : null;
  return last && last.latest > first.latest ? { ...first, latest: last.latest } : first;
};
