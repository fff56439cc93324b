// Turns a refined chrono result into a TimeMention: exact span, TimeSpan, anchor, maker.
//   anchor 'absolute'    the text alone dates it ("June 12, 2018", "in 2018", durations);
//   anchor 'publication' resolved against the reference ("Thursday", "next month", "June 12");
//   anchor 'event'       counted from the time mentioned before it ("the following day").
// Undated articles (no reference): what needs the reference keeps a TIMEX3 value with X's
// ("XXXX-06-12", "XXXX-WXX-7", "XXXX-08", "XXXX-Q3") or a REF value ("last month" -> PAST_REF) and a
// null interval.
import type { ParsingResult } from 'chrono-node';
import type { TimeMention, TimeSpan, TimexType } from '../../model/index.js';
import { readingOf, type Reading } from './readingOf.js';
import type { TimeSettings } from './timeSettings.js';

function undatedSpan(result: ParsingResult, reading: Reading): Omit<TimeSpan, 'text'> | null {
  const { note, parts } = reading;
  if (note.deictic) {
    const value = note.direction === 'past' ? 'PAST_REF' : note.direction === 'future' ? 'FUTURE_REF' : 'PRESENT_REF';
    return { earliest: null, latest: null, granularity: 'reference', value };
  }
  if (!parts) return null;
  const mm = String(parts.month).padStart(2, '0');
  let value = `XXXX-${mm}`;
  if (parts.granularity === 'season') value = `XXXX-${parts.season ?? 'XX'}`;
  if (parts.granularity === 'quarter') value = `XXXX-Q${Math.floor((parts.month - 1) / 3) + 1}`;
  if (parts.granularity === 'half') value = `XXXX-H${parts.month > 6 ? 2 : 1}`;
  if (parts.granularity === 'day') {
    // TIMEX3 weekdays are ISO: Monday 1 ... Sunday 7.
    value = reading.weekdayOnly ? `XXXX-WXX-${result.start.get('weekday') || 7}` : `XXXX-${mm}-${String(parts.day).padStart(2, '0')}`;
  }
  return { earliest: null, latest: null, granularity: parts.granularity, value };
}

function datedSpan(result: ParsingResult, reading: Reading, settings: TimeSettings): Omit<TimeSpan, 'text'> | null {
  const { note } = reading;
  const ref = settings.reference.iso;
  if (note.value) {
    if (note.granularity === 'duration' || note.granularity === 'set') return { earliest: null, latest: null, granularity: note.granularity, value: note.value };
    if (settings.undated) return { earliest: null, latest: null, granularity: 'reference', value: note.value };
    // FUTURE_REF starts at the reference, PAST_REF ends there, PRESENT_REF is that day.
    if (note.value === 'FUTURE_REF') return { earliest: ref, latest: null, granularity: 'reference', value: note.value };
    return { earliest: note.value === 'PRESENT_REF' ? ref : null, latest: ref, granularity: 'reference', value: note.value };
  }
  if (settings.undated && reading.needsReference) return undatedSpan(result, reading);
  const interval = readingOf.interval(result, reading);
  if (!interval || !reading.parts) return null;
  let { earliest, latest } = interval;
  if (note.clip === 'toReference' && latest > ref) latest = ref < earliest ? earliest : ref;
  if (note.clip === 'fromReference' && earliest < ref) earliest = ref > latest ? latest : ref;
  return { earliest, latest, granularity: reading.parts.granularity, value: interval.value };
}

/** The time of day a reading names, for its TIMEX3 value: a part of the day ("NI") or a clock time ("15:00"). */
function timeOfDay(result: ParsingResult, reading: Reading): string | null {
  if (reading.note.timeOfDay) return reading.note.timeOfDay;
  const c = result.start;
  if (!c.isCertain('hour')) return null;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${pad(c.get('hour'))}:${pad(c.get('minute'))}`;
}

function typeOf(span: Omit<TimeSpan, 'text'>, reading: Reading, clock: string | null): TimexType {
  if (reading.note.type) return reading.note.type;
  if (span.granularity === 'duration') return 'DURATION';
  return clock ? 'TIME' : 'DATE';
}

export function toTimeMention(result: ParsingResult, text: string, settings: TimeSettings): TimeMention | null {
  const start = result.index;
  const end = start + result.text.length;
  const words = text.slice(start, end);
  if (words !== result.text || words.length === 0) return null;
  const reading = readingOf(result);
  const span = datedSpan(result, reading, settings);
  if (!span) return null;
  // A time of day stays in the value ("2013-03-17TNI") while the interval stays the day.
  const clock = span.granularity === 'day' ? timeOfDay(result, reading) : null;
  const value = clock ? `${span.value}T${clock}` : span.value;
  const anchor = reading.note.anaphor && reading.note.base !== 'reference' ? 'event' : reading.note.granularity === 'duration' || reading.note.granularity === 'set' ? 'absolute' : reading.needsReference ? 'publication' : 'absolute';
  const a = reading.note.anaphor;
  // What event dating needs to count the mention from the event just mentioned (a unit-based
  // anaphor: "the following day", "that week"; not one that keeps its anchor's period).
  const anaphor = anchor === 'event' && a && !a.keep?.length && a.year === undefined && !(a.unit === 'year' && a.n === 0) ? { anaphor: { n: a.n, unit: a.unit, ...(a.weekday !== undefined ? { weekday: a.weekday } : {}) } } : {};
  return { start, end, text: words, span: { text: words, ...span, value, type: typeOf(span, reading, clock) }, anchor, ...anaphor, by: reading.note.by ?? 'chrono' };
}
