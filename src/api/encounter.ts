// What the Encounter type of schema.graphql is resolved from: the other person, the event, and how
// surely the event lies inside the window asked about.
import type { Entity, EventFact } from '../model/index.js';
import type { Certainty } from './interval.js';

export interface Encounter {
  person: Entity;
  event: EventFact;
  certainty: Certainty;
}
