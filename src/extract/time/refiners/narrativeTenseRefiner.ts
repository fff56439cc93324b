// Refiner 3. Resolves readings the text leaves open against the reference day, in the
// direction of the narration (narrationAt: tense and aspect of the clause): a bare weekday
// ("Thursday"), a date or month without a year ("June 12", "in April", "late February"), a season
// or a quarter without one.
//   past ("met in October", "has met"): the latest such time that starts on or before the
//     reference (a weekday: on or before it, or strictly before when weekdayIncludesReference is off);
//   future ("will meet in October"): the first such time that ends on or after it;
//   present or no cue ("the dividend is payable Dec. 15"): the nearest such time; a bare weekday
//     with no cue is past, the default of news;
//   a quarter or half, whatever the tense: the nearest (a reporting period);
//   a date with its weekday ("Saturday, April 25"): the nearest year in which it is that weekday;
//   a date or month within a month of the reference is that one, not one about a year away.
// Written by hand: chrono only knows "closest to the reference" or, globally, forwardDate.
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node';
import { CalendarDay } from '../../../model/calendarDay.js';
import { intervalOf } from '../intervalOf.js';
import { narrationAt } from '../narrationAt.js';
import { readingOf } from '../readingOf.js';
import { timeSettings } from '../timeSettings.js';

const MODIFIED_WEEKDAY = /\b(?:this|last|past|next)\b/i;
const DEEDS = 'ruling|decision|verdict|announcement|statement|remarks|attacks?|bombings?|blasts?|explosions?|crash|shooting|killings?|arrests?|raid|massacre|earthquake|coup|resignation|death|murder|assassination';
/** "Wednesday's ruling": nouns of deeds already done when they are named. */
const DONE_AFTER = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:${DEEDS}|closing|close)\\b`, 'iu');
/** "the announcement Thursday that it would ...": a deed noun just before the weekday, in the clause it ends. */
const DEED_BEFORE = new RegExp(`\\b(?:${DEEDS})\\s+(?:on\\s+)?$`, 'iu');
/** What makes the deed before a weekday one still to come: a future, modal or plan before it in its clause ("will deliver its ruling Thursday"). */
const DEED_AHEAD = /\b(?:will|would|shall|to|expected|due|set|scheduled|plan(?:s|ned)?|ahead|upcoming|coming|next)\b|['’]ll\b/i;
const REPORTING_PERIODS = new Set(['quarter', 'half']);
/** A month, as `distance` counts it (milliseconds). */
const MONTH = 31 * 86_400_000;

function implyDay(components: ParsingComponents, day: CalendarDay): void {
  components.imply('year', day.year);
  components.imply('month', day.month);
  components.imply('day', day.day);
}

type Direction = 'past' | 'future' | 'nearest';

function weekdayFrom(reference: CalendarDay, weekday: number, direction: Direction, inclusive: boolean): CalendarDay {
  const back = (reference.weekday - weekday + 7) % 7;
  const forward = (weekday - reference.weekday + 7) % 7;
  if (direction === 'nearest') return back <= forward ? reference.addDays(-back) : reference.addDays(forward);
  if (direction === 'past') return reference.addDays(-(back === 0 && !inclusive ? 7 : back));
  return reference.addDays(forward === 0 && !inclusive ? 7 : forward);
}

/** How far an interval lies from the reference (0 when it holds the reference). */
function distance(interval: { earliest: string; latest: string }, reference: CalendarDay): number {
  if (interval.latest < reference.iso) return reference.compare(CalendarDay.parse(interval.latest)!);
  if (interval.earliest > reference.iso) return CalendarDay.parse(interval.earliest)!.compare(reference);
  return 0;
}

function resolveYear(result: ParsingResult, reference: CalendarDay, direction: Direction): void {
  const reading = readingOf(result);
  if (!reading.parts) return;
  const parts = reading.parts;
  const candidates: number[] = [];
  for (let y = reference.year - 4; y <= reference.year + 4; y++) candidates.push(y);
  const intervals = candidates.flatMap((year) => {
    const interval = intervalOf({ ...parts, year });
    return interval ? [{ year, interval }] : [];
  });
  let year: number | undefined;
  const weekday = parts.granularity === 'day' && result.start.isCertain('weekday') ? result.start.get('weekday') : null;
  const matching = intervals.filter(({ year: y }) => CalendarDay.of(y, parts.month, parts.day)?.weekday === weekday);
  if (weekday !== null && matching.length > 0) {
    // "Saturday, April 25": the year in which that day is that weekday, the nearest such.
    year = matching.sort((a, b) => distance(a.interval, reference) - distance(b.interval, reference))[0]!.year;
  } else if (REPORTING_PERIODS.has(parts.granularity) || direction === 'nearest') {
    // A quarter or half is a reporting period: the one nearest the reference, whatever the tense
    // ("expects to report a third-quarter loss" in October is this year's third quarter).
    year = [...intervals].sort((a, b) => distance(a.interval, reference) - distance(b.interval, reference) || a.year - b.year)[0]?.year;
  } else {
    const fits = intervals.filter(({ interval }) => (direction === 'past' ? interval.earliest <= reference.iso : interval.latest >= reference.iso));
    const chosen = direction === 'past' ? fits.at(-1) : fits[0];
    // News leaves the year out of dates close to the day it is written: one within a month of
    // the reference is meant, whatever the tense says, rather than the one a year away
    // ("orders for November transactions" on Oct. 30; "by Jan. 14" reported on Jan. 15).
    const nearest = [...intervals].sort((a, b) => distance(a.interval, reference) - distance(b.interval, reference))[0];
    year = nearest && chosen && distance(nearest.interval, reference) <= MONTH && distance(chosen.interval, reference) > 10 * MONTH ? nearest.year : chosen?.year;
  }
  if (year === undefined) return;
  const shift = year - parts.year;
  result.start.imply('year', year);
  if (result.end && !result.end.isCertain('year')) result.end.imply('year', (result.end.get('year') ?? parts.year) + shift);
}

/** Whether a deed noun ends the text just before `at`, with nothing forward-looking before it in its clause. */
function deedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const deed = DEED_BEFORE.exec(before);
  if (!deed) return false;
  const clause = before.slice(0, deed.index).split(/[.;:!?"“”]|,\s/).pop() ?? '';
  return !DEED_AHEAD.test(clause);
}

export const narrativeTenseRefiner: Refiner = {
  refine(context, results) {
    const settings = timeSettings(context);
    for (const result of results) {
      const reading = readingOf(result);
      if (reading.note.deictic || reading.note.anaphor || reading.note.value) continue;
      const open = reading.weekdayOnly ? !MODIFIED_WEEKDAY.test(result.text) : !reading.yearKnown && result.start.isCertain('month');
      if (!open) continue;
      let narration = reading.note.direction ?? narrationAt(context.text, result.index, result.index + result.text.length);
      // "Thursday's closing price", "Wednesday's ruling": a weekday owning an event names one that
      // took place, unless the clause looks forward ("ahead of Sunday's vote" does: "ahead").
      // A deed that must have happened to be named ("would get around Wednesday's ruling") is past
      // whatever the clause says.
      const owned = context.text.slice(result.index + result.text.length, result.index + result.text.length + 30);
      const possessive = reading.weekdayOnly && /^['’]s\b/.test(owned);
      const ahead = /\bahead\s+of\s+$/i.test(context.text.slice(Math.max(0, result.index - 12), result.index));
      if (possessive && (narration !== 'future' || DONE_AFTER.test(owned)) && !ahead) narration = 'past';
      // "follow the announcement Thursday it would expel ...": the weekday dates the deed named just
      // before it, past whatever the reported words after it say, unless the clause before the
      // deed looks forward ("will deliver its ruling Thursday").
      if (reading.weekdayOnly && narration === 'future' && deedBefore(context.text, result.index)) narration = 'past';
      const direction: Direction = narration === 'past' || narration === 'future' ? narration : narration === null && reading.weekdayOnly ? 'past' : 'nearest';
      if (reading.weekdayOnly) {
        const day = weekdayFrom(settings.reference, result.start.get('weekday') ?? 0, direction, settings.weekdayIncludesReference);
        implyDay(result.start, day);
        const endWeekday = result.end?.isCertain('weekday') && !result.end.isCertain('day') ? result.end.get('weekday') : null;
        if (result.end && endWeekday !== null) implyDay(result.end, day.addDays((endWeekday - day.weekday + 7) % 7));
      } else {
        resolveYear(result, settings.reference, direction);
        // "from Sept. 14 to Thursday": a weekday ending a range is read in the range's direction.
        const endWeekday = result.end?.isCertain('weekday') && !result.end.isCertain('day') ? result.end.get('weekday') : null;
        if (result.end && endWeekday !== null) implyDay(result.end, weekdayFrom(settings.reference, endWeekday, direction === 'future' ? 'future' : 'past', settings.weekdayIncludesReference));
      }
    }
    return results;
  },
};
