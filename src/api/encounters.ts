// encounters: the people who took part with a person in a SUMMIT, MEETING, VISIT or TALKS event
// (not CANCELLED) inside a time window, one per (person, event), in event order, each DEFINITE
// (the event's whole interval lies in the window) or POSSIBLE (the intervals only overlap).
//
//   encounters(ctx, { person: 'Kim', window: { afterEvent: 'event:singapore', beforeEvent: 'event:hanoi' } })
//     -> [{ person: Moon Jae-in, event: Pyongyang summit, certainty: 'DEFINITE' }, ...]
import type { Entity, EventFact, EventKind, EventStatus } from '../model/index.js';
import type { ApiContext } from './apiContext.js';
import { allEvents } from './allEvents.js';
import { accepts, certaintyIn, intervalOf, isEmpty, type Certainty, type Interval } from './interval.js';
import { requireEntity } from './requireEntity.js';
import { timeWindow, type TimeWindowInput } from './timeWindow.js';

export const ENCOUNTER_KINDS: EventKind[] = ['SUMMIT', 'MEETING', 'VISIT', 'TALKS'];
export const ENCOUNTER_STATUSES: EventStatus[] = ['PLANNED', 'OCCURRED', 'POSTPONED'];

export interface Encounter {
  person: Entity;
  event: EventFact;
  certainty: Certainty;
}

export interface EncountersArgs {
  person: string;
  window?: TimeWindowInput | null;
  certainty?: Certainty | null;
}

export async function encounters(ctx: ApiContext, args: EncountersArgs): Promise<Encounter[]> {
  const person = await requireEntity(ctx.store, args.person, 'PERSON');
  const window = await timeWindow(ctx.store, args.window);
  return encountersOf(ctx, person.id, window, args.certainty ?? 'DEFINITE');
}

/** The encounters of personId inside window, leaving out the events in `exclude`. */
export async function encountersOf(ctx: ApiContext, personId: string, window: Interval, wanted: Certainty, exclude: ReadonlySet<string> = new Set()): Promise<Encounter[]> {
  if (isEmpty(window)) return [];
  const events = await allEvents(ctx.store, {
    kinds: ENCOUNTER_KINDS,
    status: ENCOUNTER_STATUSES,
    participants: [personId],
    ...(window.start === null ? {} : { from: window.start }),
    ...(window.end === null ? {} : { to: window.end }),
  });
  const kept: { event: EventFact; certainty: Certainty }[] = [];
  for (const event of events) {
    if (exclude.has(event.id)) continue;
    const certainty = certaintyIn(intervalOf(event.when), window);
    if (certainty !== null && accepts(wanted, certainty)) kept.push({ event, certainty });
  }

  const otherIds = new Set(kept.flatMap(({ event }) => event.participants.map((p) => p.entity)).filter((id) => id !== personId));
  const others = await ctx.store.entitiesByIds([...otherIds]);
  ctx.entities.prime(others);
  const people = new Map(others.filter((e) => e.kind === 'PERSON').map((e) => [e.id, e]));

  const result: Encounter[] = [];
  for (const { event, certainty } of kept) {
    const seen = new Set<string>();
    for (const participant of event.participants) {
      const other = people.get(participant.entity);
      if (!other || seen.has(other.id)) continue;
      seen.add(other.id);
      result.push({ person: other, event, certainty });
    }
  }
  return result;
}
