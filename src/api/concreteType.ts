// The concrete GraphQL type of an entity or event (schema.graphql: one type per kind), for the
// __resolveType of the Entity and Event interfaces and of the SearchResult union.
//
//   entityType('ORGANIZATION') -> 'Organization';  eventType('WEAPONS_TEST') -> 'WeaponsTest'
import type { Entity, EntityKind, EventFact, EventKind } from '../model/index.js';

export type EntityTypeName = 'Person' | 'Country' | 'Organization' | 'Place';
export type EventTypeName = 'Summit' | 'Meeting' | 'Talks' | 'Letter' | 'Sanction' | 'Visit' | 'WeaponsTest' | 'Statement';

const ENTITY_TYPES: Record<EntityKind, EntityTypeName> = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization', PLACE: 'Place' };
const EVENT_TYPES: Record<EventKind, EventTypeName> = {
  SUMMIT: 'Summit', MEETING: 'Meeting', TALKS: 'Talks', LETTER: 'Letter', SANCTION: 'Sanction', VISIT: 'Visit', WEAPONS_TEST: 'WeaponsTest', STATEMENT: 'Statement',
};

export function entityType(kind: EntityKind): EntityTypeName {
  return ENTITY_TYPES[kind];
}

export function eventType(kind: EventKind): EventTypeName {
  return EVENT_TYPES[kind];
}

/** The type of a record that is an entity or an event (their kinds never coincide). */
export function recordType(record: Entity | EventFact): EntityTypeName | EventTypeName {
  return record.kind in ENTITY_TYPES ? ENTITY_TYPES[record.kind as EntityKind] : EVENT_TYPES[record.kind as EventKind];
}
