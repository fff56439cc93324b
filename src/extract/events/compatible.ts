// Whether two event descriptions can be one event: no attribute they both state disagrees.
// Used within an article (assemble) and across articles (resolve), which also asks for one
// attribute that positively agrees.
import type { EventKind, EventStatus, TimeSpan } from '../../model/index.js';
import { gazetteer, homeCountry } from '../entities/gazetteer.js';
import { MEETINGS } from './kindSets.js';
import { placesNest } from './placesNest.js';

export interface Comparable {
  kind: EventKind;
  status: EventStatus;
  cued?: boolean;
  participants: { entity: string; role: string }[];
  place: string | null;
  when: TimeSpan | null;
  ordinal: number | null;
  count?: number | null;
  /** A sanction's action ("imposed", "lifted"...), as sanctionMove writes it. */
  description?: string | null;
  /** A sanction's kind of measure ('entry bans', 'arms sales'), as measureOf names it. */
  measure?: string;
}

/** "lifted", "eased": a sanction event that takes measures away, never one with the imposing it undoes. */
const UNDOING = /^\s*(?:lift|eas|remov|rescind|reopen|restor)/i;

export function overlaps(a: TimeSpan | null, b: TimeSpan | null): boolean {
  if (!a?.earliest || !b?.earliest || !a.latest || !b.latest) return true;
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

/** The countries a set of participants stands for: people by the country whose office they hold. */
export function principals(participants: { entity: string }[]): Set<string> {
  const g = gazetteer();
  return new Set(participants.map((p) => (g.byId.get(p.entity)?.kind === 'PERSON' ? (homeCountry(p.entity)?.id ?? p.entity) : p.entity)));
}

/** Whether two sets hold the same members. */
export function sameSet(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** The entities a report gives one role. */
export function inRole(x: Comparable, role: string): Set<string> {
  return new Set(x.participants.filter((p) => p.role === role).map((p) => p.entity));
}

function roleOf(x: Comparable, role: string): string | undefined {
  return x.participants.find((p) => p.role === role)?.entity;
}

export function compatible(a: Comparable, b: Comparable): boolean {
  if (a.kind !== b.kind && !(MEETINGS.has(a.kind) && MEETINGS.has(b.kind) && a.ordinal !== null && a.ordinal === b.ordinal)) return false;
  // A plan and its calling off (or revival) are one event; something that took place is neither.
  if (a.status !== b.status && (a.cued ?? true) && (b.cued ?? true) && (a.status === 'OCCURRED' || b.status === 'OCCURRED')) return false;
  if (a.ordinal !== null && b.ordinal !== null && a.ordinal !== b.ordinal) return false;
  if (a.kind === 'SANCTION' && a.description && b.description && UNDOING.test(a.description) !== UNDOING.test(b.description)) return false;
  // Germany's entry bans and its arms halt, told the same day, are two measures; plain "sanctions" may be either.
  if (a.measure && b.measure && a.measure !== b.measure) return false;
  // "met three times last year" is not any one of those meetings, unless the single mention
  // states nothing of its own ("during their talks").
  if ((a.count ?? 1) !== (b.count ?? 1)) {
    const single = (a.count ?? 1) === 1 ? a : b;
    if (single.when?.earliest || single.place || single.ordinal !== null) return false;
  }
  // "arrived in Havana" and "his visit to Cuba" can be one visit; two cities cannot.
  if (a.place && b.place && !placesNest(a.place, b.place)) return false;
  if (!overlaps(a.when, b.when)) return false;
  // The first named in a role, or the same people in another order ("Saudi Arabia, the UAE, Bahrain and Egypt" sent what "Bahrain, Egypt, Saudi Arabia and the UAE" sent).
  for (const role of ['sender', 'recipient', 'imposer', 'target', 'visitor', 'host']) {
    const x = roleOf(a, role);
    const y = roleOf(b, role);
    if (x && y && x !== y && !sameSet(inRole(a, role), inRole(b, role))) return false;
  }
  const pa = principals(a.participants);
  const pb = principals(b.participants);
  if (pa.size === 0 || pb.size === 0) return true;
  const sub = (x: Set<string>, y: Set<string>) => [...x].every((v) => y.has(v));
  return sub(pa, pb) || sub(pb, pa);
}
