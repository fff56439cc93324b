// encounters: the people who took part with a person in a SUMMIT, MEETING, VISIT or TALKS event
// (not CANCELLED) inside a time window, one per (person, event), in event order, each DEFINITE
// (the event's whole interval lies in the window) or POSSIBLE (the intervals only overlap). Only
// the wanted media count (in person by default: a phone or video call is no meeting), and an
// event that is a vaguer report of a sharper one with the same person is left out
// (foldVaguerReports: an undated or month-wide plan beside the day it happened, a duplicate on the same days).
//
//   encounters(ctx, { person: 'Kim', window: { afterEvent: 'event:singapore', beforeEvent: 'event:hanoi' } })
//     -> [{ person: Moon Jae-in, event: Pyongyang summit, certainty: 'DEFINITE' }, ...]
import type { Entity, EventFact, EventMedium, EventStatus } from '../model/index.js';
import type { ApiContext } from './apiContext.js';
import { allPages } from '../store/allPages.js';
import { MEETING_KINDS } from '../store/edgesOf.js';
import type { Encounter } from './encounter.js';
import { metBy } from './eventMedium.js';
import { foldVaguerReports } from './foldVaguerReports.js';
import type { QueryEncountersArgs } from './generated/resolvers-types.js';
import { accepts, certaintyIn, intervalOf, isEmpty, UNBOUNDED, type Certainty, type Interval } from './interval.js';
import { requireEntity } from './requireEntity.js';
import { timeWindow } from './timeWindow.js';

export const ENCOUNTER_STATUSES: EventStatus[] = ['PLANNED', 'OCCURRED', 'POSTPONED'];
/** How people meet unless the caller asks for calls too. */
export const IN_PERSON: readonly EventMedium[] = ['IN_PERSON'];

export async function encounters(ctx: ApiContext, args: QueryEncountersArgs): Promise<Encounter[]> {
  const person = await requireEntity(ctx.store, args.person, 'PERSON');
  const window = await timeWindow(ctx.store, args.window);
  return encountersOf(ctx, person.id, window, args.certainty ?? 'DEFINITE', args.media ?? IN_PERSON);
}

/** The encounters of personId inside window in the wanted media, leaving out the events in `exclude` (one store scan of the person's encounter events). */
export async function encountersOf(ctx: ApiContext, personId: string, window: Interval, wanted: Certainty, media: readonly EventMedium[] = IN_PERSON, exclude: ReadonlySet<string> = new Set()): Promise<Encounter[]> {
  if (isEmpty(window)) return [];
  // The whole history: a vaguer report inside the window may stand for a sharper event outside it.
  const events = (await encounterEvents(ctx, personId)).filter((e) => metBy(e, media));
  return encountersAmong(ctx, personId, events, window, wanted, exclude);
}

/** The events that can be encounters of personId (kinds, statuses) overlapping the window, in store order. */
export function encounterEvents(ctx: ApiContext, personId: string, window: Interval = UNBOUNDED): Promise<EventFact[]> {
  return allPages((page) =>
    ctx.store.events({
      ...page,
      kinds: [...MEETING_KINDS],
      status: ENCOUNTER_STATUSES,
      participants: [personId],
      ...(window.start === null ? {} : { from: window.start }),
      ...(window.end === null ? {} : { to: window.end }),
    }),
  );
}

/**
 * The encounters of personId among `events` (from encounterEvents, any window containing this one,
 * already kept to the wanted media) that lie inside the window with the wanted certainty, leaving
 * out the events in `exclude` and those a sharper event among `events` stands for.
 */
export async function encountersAmong(ctx: ApiContext, personId: string, events: readonly EventFact[], window: Interval, wanted: Certainty, exclude: ReadonlySet<string> = new Set()): Promise<Encounter[]> {
  if (isEmpty(window)) return [];
  const kept: { event: EventFact; certainty: Certainty }[] = [];
  for (const event of events) {
    if (exclude.has(event.id)) continue;
    const certainty = certaintyIn(intervalOf(event.when), window);
    if (certainty !== null && accepts(wanted, certainty)) kept.push({ event, certainty });
  }

  const otherIds = new Set(kept.flatMap(({ event }) => event.participants.map((p) => p.entity)).filter((id) => id !== personId));
  const others = await ctx.entities.loadMany([...otherIds]);
  const people = new Map<string, Entity>();
  for (const other of others) {
    if (other instanceof Error) throw other;
    if (other?.kind === 'PERSON') people.set(other.id, other);
  }

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
  return foldVaguerReports(result, events);
}
