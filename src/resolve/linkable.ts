// Linking a loose report to the one dated event it can be (issue 13: "a mention without anchors is
// linked to the event it refers to ... and otherwise stays an unlinked mention"). A report is loose
// when its date pins nothing down: it has none, or none of month precision or finer that is at most
// a month wide (a relative day in an article dated only to a year pins nothing). Its place and
// ordinal, when it has them, must agree with the event's (compatible), but do not pin it to one.
// Reports of one event often differ a little in parties (one names two leaders, another adds a
// third; sanction reports name different co-imposers), so a loose report is linkable to an event
// when, beside `compatible` (status, place, ordinal, count, overlapping dates), their kinds are of
// one family (summit, meeting and talks are one), both name parties, the parties of one are among
// those of the other, role by role (partiesNest), and the event is pinned to a date
// inside what the report's article allows (an OCCURRED report is of an event on or before the day
// its article was published), and the report is not a pair's meeting or talks beside a summit of
// many (besideGathering). The clustering (replayClusters.ts) joins a loose report to such an
// event only when exactly one is linkable, or of several exactly one agrees on the report's place,
// or else exactly one is of its kind (theLinked); otherwise it decides nothing and the report stays
// where the rest of the rules put it.
//
//   linkable(bali /* MEETING 2022-11-14, Biden and Xi */, { fact: undatedBidenXiSummit, published: '2022-11-20' })  // true
//   linkable(bali, { fact: undatedBidenXiSummit, published: '2022-11-01' })  // false: written before it
import { FINE_GRANULARITIES, type EventFact, type EventKind, type TimeSpan } from '../model/index.js';
import { CalendarDay } from '../model/calendarDay.js';
import { compatible, principals } from '../extract/events/compatible.js';
import { homeCountry } from '../extract/entities/gazetteer.js';
import { GATHERINGS } from '../extract/events/kindSets.js';

type Party = { entity: string; role: string };

/** A summit naming this many principals or more is a gathering of many (multilateral). */
export const MULTILATERAL = 3;

/** A date wider than this many days pins nothing (a month is at most 31 days, first to last). */
const MAX_PINNED_DAYS = 30;

/** Whether a date pins an event down: of month precision or finer, with both bounds, at most a month wide. */
export function pinned(when: TimeSpan | null): boolean {
  if (!when?.earliest || !when.latest || !FINE_GRANULARITIES.has(when.granularity)) return false;
  return CalendarDay.daysBetween(when.earliest, when.latest) <= MAX_PINNED_DAYS;
}

/** Whether a report's date pins nothing down (undated, or loosely dated). */
export function loose(e: EventFact): boolean {
  return !pinned(e.when);
}

/** The family linking reads kinds by: summits, meetings and talks are one. */
export function linkFamily(kind: EventKind): string {
  return GATHERINGS.has(kind) ? 'MEET' : kind;
}

/** Whether the loose `report` (its article published on `published`, '' when unknown) may be a report of the pinned `event`. */
export function linkable(event: EventFact, report: { fact: EventFact; published: string }): boolean {
  const r = report.fact;
  if (!loose(r) || !pinned(event.when)) return false;
  if (r.status === 'OCCURRED' && report.published && (event.when?.earliest ?? '') > report.published) return false;
  return linkAgrees(event, r) && partiesNest(event.participants, r.participants) && !besideGathering(event, r);
}

/**
 * "Obama held talks with Castro": a pair's meeting or talks is not a summit of many that both
 * attended (it is held beside it), though its parties are among the summit's.
 */
function besideGathering(event: EventFact, report: EventFact): boolean {
  return event.kind === 'SUMMIT' && report.kind !== 'SUMMIT' && principals(event.participants).size >= MULTILATERAL && principals(report.participants).size <= 2;
}

/** Whether an event and a report agree but for their parties: kinds of one family, and compatible for the rest (kinds and parties are weighed by family and by partiesNest). */
export function linkAgrees(event: EventFact, report: EventFact): boolean {
  return linkFamily(event.kind) === linkFamily(report.kind) && compatible({ ...event, kind: report.kind, cued: false, participants: [] }, { ...report, cued: false, participants: [] });
}

/**
 * Both name parties, and the parties of one are among those of the other, as a whole and role by
 * role: a person is only that person, a country is itself or a person holding its office ("the
 * United States" and "Obama" are one party; "Trump" and "Pompeo" are two).
 */
export function partiesNest(a: readonly Party[], b: readonly Party[]): boolean {
  const ea = a.map((p) => p.entity);
  const eb = b.map((p) => p.entity);
  if (ea.length === 0 || eb.length === 0 || !nested(ea, eb)) return false;
  const roles = new Set([...a, ...b].map((p) => p.role).filter((role) => role !== 'participant'));
  for (const role of roles) {
    const x = a.filter((p) => p.role === role).map((p) => p.entity);
    const y = b.filter((p) => p.role === role).map((p) => p.entity);
    if (x.length > 0 && y.length > 0 && !nested(x, y)) return false;
    // A party of one in a role the other gives someone else ("A sanctions B" is not "B sanctions A"); a plain participant
    // takes any role ("A met B" and "A visited B, who hosted him").
    const elsewhere = (parties: readonly Party[]) => parties.filter((q) => q.role !== role && q.role !== 'participant').map((q) => q.entity);
    if (x.some((p) => !among(p, y) && among(p, elsewhere(b)))) return false;
    if (y.some((p) => !among(p, x) && among(p, elsewhere(a)))) return false;
  }
  return true;
}

function nested(x: readonly string[], y: readonly string[]): boolean {
  return x.every((v) => among(v, y)) || y.every((v) => among(v, x));
}

/** Whether a party is one of these: the same entity, or a country and a person holding its office. */
function among(party: string, parties: readonly string[]): boolean {
  const home = homeCountry(party)?.id;
  return parties.some((q) => q === party || (home !== undefined && q === home) || homeCountry(q)?.id === party);
}

/** Of the events linkable to a report, the one it is linked to: the only one, else the only one at its place, else the only one of its kind; else null. */
export function theLinked<T extends { kind: EventKind; place: string | null }>(linked: readonly T[], report: { kind: EventKind; place: string | null }): T | null {
  if (linked.length === 1) return linked[0]!;
  for (const agrees of [(e: T) => !!report.place && e.place === report.place, (e: T) => e.kind === report.kind]) {
    const some = linked.filter(agrees);
    if (some.length === 1) return some[0]!;
  }
  return null;
}
