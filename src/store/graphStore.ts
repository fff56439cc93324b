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

/** Entities are listed by id (code-unit order). */
export interface EntityQuery extends PageRequest {
  kind?: EntityKind;
  /** Case-insensitive substring of the name or an alias (compared as nameKey(), so "jae-in" finds "Moon Jae-in"). */
  search?: string;
}

/** Every given filter must hold; a list matches any of its members, and an empty list matches nothing. */
export interface EventQuery extends PageRequest {
  kinds?: EventKind[];
  /** Entity ids; an event matches when any of them takes part. */
  participants?: string[];
  /**
   * ISO days (YYYY-MM-DD); an event matches when its interval [when.earliest, when.latest] overlaps
   * [from, to]. A missing latest is open-ended; events without an earliest day (undated) never match
   * a window; an empty window (from after to) matches nothing.
   */
  from?: string;
  to?: string;
  status?: EventStatus[];
  /** Place entity id. */
  place?: string;
  /** Article id among the event's sources. */
  source?: string;
}

/**
 * One resolved change, written atomically: upserts, plus event ids that resolve merged away.
 * Applied in this order: removeEvents (unknown ids ignored), then articles, entities, holdings and
 * events are upserted (replacing the record and every edge derived from it; an id both removed and
 * upserted ends up as upserted). Holdings are keyed by (person, of, title, from). Edges are those of
 * edgesOf() (src/store/edgesOf.ts) for every event plus one HOLDS edge per holding.
 */
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
  /** Relationships: edgesOf() of every event (with their current entity kinds) plus HOLDS. */
  edges: number;
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  /**
   * Applies the change in one transaction; a failure leaves the store unchanged and rethrows.
   * Refuses (error name 'InvalidChange', nothing written) a change with an unknown entity kind,
   * event kind or status, an event participant, place or holding end that is no entity, a source
   * that is no article (in the change or the store), or one id used for two kinds of node.
   */
  write(change: GraphChange): Promise<void>;
  /**
   * Alias-aware look-up by id, canonical name or alias, compared as nameKey() (src/store/nameKey.ts; case-insensitive;
   * hyphens, underscores and runs of spaces equal). When several entities match: an id match beats a
   * name match beats an alias match; then an exact-case match wins; then the smallest id.
   */
  entity(nameOrId: string): Promise<Entity | null>;
  /** The entities of those ids, in the order asked, unknown ids left out, each once. Same for the other *ByIds. */
  entitiesByIds(ids: string[]): Promise<Entity[]>;
  entities(query: EntityQuery): Promise<Page<Entity>>;
  /** Events ordered by (when.earliest, id), undated (no earliest day) last. */
  events(query: EventQuery): Promise<Page<EventFact>>;
  eventsByIds(ids: string[]): Promise<EventFact[]>;
  /** Events that resolve may merge a new event into: one of those kinds and a shared participant or place; ordered as events(). */
  candidateEvents(kinds: EventKind[], entityIds: string[]): Promise<EventFact[]>;
  /** Articles ordered by (publishedAt.earliest, id), undated last. */
  articles(page: PageRequest): Promise<Page<Article>>;
  articlesByIds(ids: string[]): Promise<Article[]>;
  /** The person's holdings ordered by (from, of, title), unknown starts last. */
  holdings(person: string): Promise<Holding[]>;
  counts(): Promise<Counts>;
  close(): Promise<void>;
}
