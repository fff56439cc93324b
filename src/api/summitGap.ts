// What the SummitGap type of schema.graphql is resolved from: two consecutive summits (the second
// null while the gap is open) and the encounters strictly between them.
import type { EventFact } from '../model/index.js';
import type { Encounter } from './encounter.js';

export interface SummitGap {
  after: EventFact;
  before: EventFact | null;
  encounters: Encounter[];
}
