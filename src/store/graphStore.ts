// The GraphStore contract: one interface, two implementations (memory/, neo4j/), one contract
// test suite (tests/store.contract.ts). Reads answer the API's questions; write() applies one
// resolved change atomically: after a failure the store is exactly as it was before the call.
import type { Article, Entity, EntityKind, EventFact, EventKind, EventStatus, Holding } from '../model/index.js';

export interface Page<T> {
  items: T[];
  totalCount: number;
  /** Offset of items[0] in the full ordered result (cursors are built from it). */
  offset: number;
  hasNextPage: boolean;
}

export interface PageRequest {
  first: number;
  offset: number;
}

export interface EntityQuery extends PageRequest {
  kind?: EntityKind;
  /** Case-insensitive substring of the name or an alias. */
  search?: string;
}

export interface EventQuery extends PageRequest {
  kinds?: EventKind[];
  /** Entity ids; an event matches when any of them takes part. */
  participants?: string[];
  /** ISO dates; an event matches when its interval overlaps [from, to]. Undated events never match a window. */
  from?: string;
  to?: string;
  status?: EventStatus[];
  place?: string;
  source?: string;
}

/** One resolved change, written atomically: upserts, plus event ids that resolve merged away. */
export interface GraphChange {
  articles: Article[];
  entities: Entity[];
  holdings: Holding[];
  events: EventFact[];
  removeEvents: string[];
}

export interface Counts {
  articles: number;
  entities: number;
  events: number;
  edges: number;
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  /** Applies the change in one transaction; a failure leaves the store unchanged and rethrows. */
  write(change: GraphChange): Promise<void>;
  /** Alias-aware look-up by id, canonical name or alias (case-insensitive). */
  entity(nameOrId: string): Promise<Entity | null>;
  entitiesByIds(ids: string[]): Promise<Entity[]>;
  entities(query: EntityQuery): Promise<Page<Entity>>;
  /** Events ordered by (when.earliest, id), undated last. */
  events(query: EventQuery): Promise<Page<EventFact>>;
  eventsByIds(ids: string[]): Promise<EventFact[]>;
  /** Events that resolve may merge a new event into: same kind and a shared participant or place. */
  candidateEvents(kinds: EventKind[], entityIds: string[]): Promise<EventFact[]>;
  articles(page: PageRequest): Promise<Page<Article>>;
  articlesByIds(ids: string[]): Promise<Article[]>;
  holdings(person: string): Promise<Holding[]>;
  counts(): Promise<Counts>;
  close(): Promise<void>;
}
