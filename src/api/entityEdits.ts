// Reads shared by mergeEntities and splitEntity: the events that reference an entity (as a
// participant or as their place), and an event with one entity replaced by another.
import type { EventFact, Evidence, Participant } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { allPages } from '../store/allPages.js';

/** Every event the entity takes part in or that is held at it, in store order, each once. */
export async function eventsReferencing(store: GraphStore, entityId: string): Promise<EventFact[]> {
  const [asParticipant, asPlace] = await Promise.all([
    allPages((page) => store.events({ ...page, participants: [entityId] })),
    allPages((page) => store.events({ ...page, place: entityId })),
  ]);
  const byId = new Map<string, EventFact>();
  for (const event of [...asParticipant, ...asPlace]) byId.set(event.id, event);
  return [...byId.values()];
}

/**
 * The event with `from` replaced by `to` in the participant links `moves` accepts and, when
 * `movePlace`, as its place; links that end up with the same entity and role become one, with the
 * evidence of both.
 */
export function replaceEntity(event: EventFact, from: string, to: string, moves: (link: Participant) => boolean = () => true, movePlace = true): EventFact {
  const participants: Participant[] = [];
  for (const link of event.participants) {
    const entity = link.entity === from && moves(link) ? to : link.entity;
    const same = participants.find((p) => p.entity === entity && p.role === link.role);
    if (same) same.evidence = unionEvidence(same.evidence, link.evidence);
    else participants.push({ ...link, entity });
  }
  return { ...event, participants, place: event.place === from && movePlace ? to : event.place };
}

function unionEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const key = (e: Evidence): string => `${e.article}|${e.sentence}|${e.start}|${e.end}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((e) => !seen.has(key(e)))];
}
