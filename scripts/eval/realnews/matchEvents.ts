// Which events of the graph are which events of a key. Contract: (key events, the graph's events
// that the story's articles support) -> one assignment. A graph event can be a key event only if
// their kinds are of one group (summit, meeting, talks and visit are one: an encounter; letters,
// sanctions and weapons tests each their own) and they share parties: one when the graph event
// overlaps the key's days (one day of slack), two (or all the key has) when it is undated or dated
// up to a month off (a wrong day). Pairs are taken best first (right day, date compatible, shared
// parties, parties in the key's roles: "A sanctions B" is not the key "B sanctions A" while that key
// has its own event, place; on a tie a required key before an optional one), each
// graph event once; a key event's best match is its primary, the others are duplicates. A sanction
// key's action and the event's must go one way: a lift or an easing (key "lift"/"ease", event
// LIFTED/EASED) is never the imposing it undoes (key "impose"/"extend", event IMPOSED/MAINTAINED or
// none). A key's place matches with or without the detail it adds in brackets or after a comma
// ("Reykjavik (Harpa Concert Hall)", "Rimbo, Sweden"). Graph
// events no key event takes are spurious. Statements are not keyed and are left out.
// Example: key "Putin-Poroshenko summit, 2015-02-11..12" and graph events "summit 2015-02-12" and
//   an undated "summit" of the same two -> primary (right day) and one duplicate.
import { CalendarDay } from '../../../src/model/calendarDay.js';
import type { EventKind } from '../../../src/model/index.js';
import { nameMatches } from './nameMatches.js';
import type { KeyEvent, ViewEntity, ViewEvent } from './realnewsTypes.js';

export const KIND_GROUP: Record<EventKind, string> = {
  SUMMIT: 'encounter',
  MEETING: 'encounter',
  TALKS: 'encounter',
  VISIT: 'encounter',
  LETTER: 'letter',
  SANCTION: 'sanction',
  WEAPONS_TEST: 'test',
  STATEMENT: 'statement',
};

/** Days of slack around a key event's interval. */
export const SLACK_DAYS = 1;
/** A graph event dated this many days or fewer off the key's days may still be it, with a wrong day. */
export const WRONG_DAY_WINDOW = 31;

export interface EventMatch {
  key: KeyEvent;
  event: ViewEvent;
  /** The graph's interval lies inside the key's days, one day of slack. */
  rightDay: boolean;
  /** Undated, or overlapping the key's days (one day of slack); false: a wrong day. */
  dateCompatible: boolean;
  /** Key participants the event has (any role). */
  shared: number;
  /** Key participants of a named role (sender, imposer, host...) the event has in that role. */
  inRole: number;
  placeRight: boolean;
}

export interface Assignment {
  /** Key event id -> its best match. */
  primary: Map<string, EventMatch>;
  /** Further graph events taken by a key event: one real event split in several. */
  duplicates: EventMatch[];
  /** Graph events of keyed kinds that no key event takes. */
  spurious: ViewEvent[];
  /** Graph events taken by optional key events: neither found nor spurious. */
  optional: EventMatch[];
}

export function keyNames(p: { name: string; aliases: string[] }): string[] {
  return [p.name, ...p.aliases];
}

export function isScored(e: ViewEvent): boolean {
  return KIND_GROUP[e.kind] !== 'statement';
}

/** Key parties the event has as participants, or as its place (a visit's host is where it went). */
function sharedParties(key: KeyEvent, entities: ViewEntity[], place: ViewEntity | null): number {
  const found = (names: string[]) => entities.some((e) => nameMatches(names, e)) || (place !== null && nameMatches(names, place));
  return key.participants.filter((p) => found(keyNames(p))).length;
}

/** A key's place as written and its head without the detail in brackets or after a comma. */
export function placeNames(place: string): string[] {
  return [place, place.replace(/\s*\(.*$/, ''), place.split(',')[0]!].filter((p, i, all) => p.trim() && all.indexOf(p) === i);
}

/** Whether a sanction key's action ("lift", "impose"...) or an event's (LIFTED, IMPOSED...) takes measures away. */
function undoes(action: string | null): boolean {
  return action !== null && /^(?:lift|ease|LIFTED|EASED)$/.test(action);
}

export function matchOf(key: KeyEvent, event: ViewEvent): EventMatch | null {
  if (KIND_GROUP[key.kind] !== KIND_GROUP[event.kind]) return null;
  if (key.kind === 'SANCTION' && undoes(key.action) !== undoes(event.action)) return null;
  const shared = sharedParties(key, event.participants.map((p) => p.entity), event.place);
  const placeRight = key.place !== null && event.place !== null && nameMatches(placeNames(key.place), event.place);
  const from = CalendarDay.shift(key.earliest, -SLACK_DAYS);
  const to = CalendarDay.shift(key.latest, SLACK_DAYS);
  const dated = event.earliest !== null;
  const dateCompatible = !dated || (event.earliest! <= to && (event.latest ?? event.earliest!) >= from);
  const rightDay = dated && event.latest !== null && event.earliest! >= from && event.latest <= to;
  const needed = dated && dateCompatible ? 1 : Math.min(2, key.participants.length);
  if (shared < needed) return null;
  if (!dateCompatible && (event.earliest! > CalendarDay.shift(to, WRONG_DAY_WINDOW) || (event.latest ?? event.earliest!) < CalendarDay.shift(from, -WRONG_DAY_WINDOW))) return null;
  const inRole = key.participants.filter((p) => p.role !== 'participant' && event.participants.some((ep) => ep.role === p.role && nameMatches(keyNames(p), ep.entity))).length;
  return { key, event, rightDay, dateCompatible, shared, inRole, placeRight };
}

function rank(m: EventMatch): number {
  return (m.rightDay ? 1000 : 0) + (m.dateCompatible ? 500 : 0) + (m.event.earliest !== null ? 100 : 0) + m.shared * 10 + m.inRole * 3 + (m.placeRight ? 2 : 0) + (m.key.kind === m.event.kind ? 1 : 0);
}

export function assignEvents(keys: readonly KeyEvent[], events: readonly ViewEvent[]): Assignment {
  const pairs: EventMatch[] = [];
  for (const event of events.filter(isScored)) for (const key of keys) {
    const m = matchOf(key, event);
    if (m) pairs.push(m);
  }
  pairs.sort((a, b) => rank(b) - rank(a) || Number(a.key.optional) - Number(b.key.optional) || a.key.id.localeCompare(b.key.id) || a.event.id.localeCompare(b.event.id));
  const taken = new Set<string>();
  const primary = new Map<string, EventMatch>();
  const duplicates: EventMatch[] = [];
  const optional: EventMatch[] = [];
  // First each key's best free event (an event that would only be a second one for its best key stays free for the
  // next key it matches), then the events left over as duplicates of the key they match best.
  for (const m of pairs) {
    if (taken.has(m.event.id) || (!m.key.optional && primary.has(m.key.id))) continue;
    taken.add(m.event.id);
    if (m.key.optional) optional.push(m);
    else primary.set(m.key.id, m);
  }
  for (const m of pairs) {
    if (taken.has(m.event.id)) continue;
    taken.add(m.event.id);
    (m.key.optional ? optional : duplicates).push(m);
  }
  const spurious = events.filter((e) => isScored(e) && !taken.has(e.id));
  return { primary, duplicates, spurious, optional };
}
