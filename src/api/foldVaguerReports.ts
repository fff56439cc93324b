// Encounters that are vaguer reports of another encounter with the same person, left out: an
// undated meeting with X, or one dated more vaguely (a week, a month, a year), when a dated
// encounter with X lies inside its interval (a plan reported before the day, an article that gave
// no day), and a second event with X on the very same days, a week at most (a duplicate report).
// The sharper one stays: the narrower interval; on the same days an OCCURRED one before a PLANNED
// one, then the one more articles report, then the smaller id. A PLANNED or POSTPONED event only
// stands for a vaguer one that is not OCCURRED (a plan cannot stand for what happened). Two
// events with X on the same month-wide days are both kept (two meetings in one month may be two).
// The left-out events stay in the graph (timeline, events); only the answer to "when did they
// meet" stops repeating them.
//
//   foldVaguerReports([{ person: Xi, event: plannedNov2022 }, { person: Xi, event: bali20221114 }], pool)
//     -> [{ person: Xi, event: bali20221114 }]
import { CalendarDay } from '../model/calendarDay.js';
import type { EventFact } from '../model/index.js';

/** Two events with one person on the same days are one when those days are a week at most (two meetings in one month may well be two). */
const SAME_DAYS_AT_MOST = 6;

interface Reported {
  person: { id: string };
  event: EventFact;
}

/** The days an event spans, or null when undated or open-ended. */
function span(event: EventFact): { from: string; to: string; width: number } | null {
  const from = event.when?.earliest ?? null;
  const to = event.when?.latest ?? null;
  if (from === null || to === null) return null;
  return { from, to, width: CalendarDay.daysBetween(from, to) };
}

/** Whether `sharp` stands for `vague` (both with the same other person). */
export function standsFor(sharp: EventFact, vague: EventFact): boolean {
  if (sharp.id === vague.id) return false;
  const s = span(sharp);
  if (s === null) return false;
  if (sharp.status !== 'OCCURRED' && vague.status === 'OCCURRED') return false;
  if (!vague.when || vague.when.earliest === null) return true;
  const v = span(vague);
  if (v === null || s.from < v.from || s.to > v.to) return false;
  if (s.width < v.width) return true;
  // The same days, a week at most (a two-day summit reported twice): one of the two stays, by a fixed order.
  if (s.width !== v.width || s.width > SAME_DAYS_AT_MOST) return false;
  const rank = (e: EventFact): [number, number] => [e.status === 'OCCURRED' ? 0 : 1, -e.sources.length];
  const [a, b] = [rank(sharp), rank(vague)];
  return a[0] - b[0] < 0 || (a[0] === b[0] && (a[1] - b[1] < 0 || (a[1] === b[1] && sharp.id < vague.id)));
}

/**
 * The encounters without those a sharper event with the same person stands for; `pool` holds the
 * events to compare with (those of the encounters and any others of the person, such as the
 * summits that frame a gap).
 */
export function foldVaguerReports<T extends Reported>(encounters: readonly T[], pool: readonly EventFact[]): T[] {
  const byPerson = new Map<string, EventFact[]>();
  for (const event of pool) {
    for (const id of new Set(event.participants.map((p) => p.entity))) {
      const list = byPerson.get(id) ?? [];
      list.push(event);
      byPerson.set(id, list);
    }
  }
  return encounters.filter(({ person, event }) => !(byPerson.get(person.id) ?? []).some((other) => standsFor(other, event)));
}
