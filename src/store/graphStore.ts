// The GraphStore contract: one interface, two implementations (memory/, neo4j/), one contract
// test suite (tests/store.contract.ts). Reads answer the API's questions; write() applies one
// resolved change atomically: after a failure the store is exactly as it was before the call.
import type { Article, Entity, EntityKind, EventFact, EventKind, EventStatus, Holding } from '../model/index.js';

/** How an event's interval must relate to the window [from, to] of an EventQuery. */
export type IntervalRelation = 'OVERLAPS' | 'DURING' | 'BEFORE' | 'AFTER';
export type DateOrder = 'ASC' | 'DESC';

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
  /**
   * How an event's interval [earliest, latest] (missing latest = open-ended) must relate to the
   * window [from, to] (missing bound = unbounded). Default OVERLAPS (the rule of from/to above).
   * DURING: from <= earliest and earliest <= latest <= to (an open-ended event is never DURING a bounded-end window).
   * BEFORE: latest < from (without from nothing is before; an event without latest is never before).
   * AFTER: earliest > to (without to nothing is after).
   * Undated events (no earliest) never match any relation once from or to is given; without
   * from and to the relation is not applied; an empty window (from after to) matches nothing.
   */
  relation?: IntervalRelation;
  /** ASC (default): (earliest, id), undated last. DESC: (earliest desc, id desc), undated last (by id desc). */
  order?: DateOrder;
}

/** One search result (GraphStore.search). */
export interface SearchHit {
  /** 'ENTITY' or 'EVENT'. */
  type: 'ENTITY' | 'EVENT';
  id: string;
  /** The name, alias or title that matched (an entity's best-scoring one; on a tie the name, then the first alias). */
  matched: string;
  /**
   * Rank class, the same on both stores: 3 exact (nameKey() of the text equals that of `matched`),
   * 2 `matched` starts with the text (its first words are the text's words, the last as a prefix),
   * 1 any other match.
   */
  score: number;
}

export interface GraphStats {
  articles: number;
  /** Every kind present, 0 when none; likewise eventsByKind and eventsByStatus. */
  entitiesByKind: Record<EntityKind, number>;
  eventsByKind: Record<EventKind, number>;
  eventsByStatus: Record<EventStatus, number>;
  /** As Counts.edges. */
  edges: number;
  /** Smallest when.earliest over dated events; null when none. */
  earliest: string | null;
  /** Largest when.latest over dated events (open-ended ones have none); null when none. */
  latest: string | null;
}

/** One step of a path: an entity, then the event that links it to the next entity (null on the last step). */
export interface PathStep {
  entity: string;
  event: string | null;
}

/** Paths longer than this many hops are never searched (a larger maxHops counts as this). */
export const MAX_PATH_HOPS = 10;

/** One analyst edit (or HTTP ingest), kept in the store's audit trail. */
export interface AuditEntry {
  /** "audit:<n>", n = 1, 2, 3... in write order; assigned by the store (the id given in GraphChange.audit is replaced). */
  id: string;
  /** ISO timestamp given by the caller (the API passes the server clock). */
  at: string;
  /** Token label of who made the edit. */
  actor: string;
  action: 'MERGE_ENTITIES' | 'SPLIT_ENTITY' | 'INGEST';
  /** JSON text: arguments and what changed (entity ids, event ids). */
  detail: string;
}

/**
 * One resolved change, written atomically: upserts, plus event ids that resolve merged away.
 * Applied in this order: removeEvents (unknown ids ignored), then articles, entities, holdings and
 * events are upserted (replacing the record and every edge derived from it; an id both removed and
 * upserted ends up as upserted), then removeEntities, then audit is appended. Holdings are keyed by
 * (person, of, title, from). Edges are those of edgesOf() (src/store/edgesOf.ts) for every event
 * plus one HOLDS edge per holding.
 */
export interface GraphChange {
  articles: Article[];
  entities: Entity[];
  holdings: Holding[];
  events: EventFact[];
  removeEvents: string[];
  /**
   * Entity ids removed with their HOLDS edges (either end), after events are upserted; unknown ids
   * are ignored. An id still referenced by an event (participant or place) after the change, or an
   * id that is no entity, makes the change InvalidChange. Optional, default [].
   */
  removeEntities?: string[];
  /** Audit entries appended, in order (the store numbers them: see AuditEntry.id). Optional, default []. */
  audit?: AuditEntry[];
  /** Resolve's bookkeeping, written with the rest of the change (applied last). Optional, default none. */
  resolve?: ResolveChange;
}

/**
 * Resolve's bookkeeping (src/resolve/resolveBook.ts says what it holds): records by id and
 * postings (the ids filed under each key), kept beside the graph, written in the same transaction
 * as the graph change, never counted, listed or exported. Opaque to the store: a record is any
 * JSON value; a posting list is whatever keys resolve files an id under.
 */
export interface ResolveChange {
  /** Records upserted by id; `value: null` removes the record (unknown ids ignored). A store may keep and hand out the value as given: never change one once written. */
  records: { id: string; value: unknown }[];
  /** Each id's complete list of keys, replacing the keys it had; an empty list files it under none. */
  postings: { id: string; keys: string[] }[];
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
  /** Events ordered by (when.earliest, id), undated (no earliest day) last; query.order DESC reverses both keys (undated still last). */
  events(query: EventQuery): Promise<Page<EventFact>>;
  eventsByIds(ids: string[]): Promise<EventFact[]>;
  /** Resolve's records of those ids (GraphChange.resolve), unknown ids left out; read-only (the memory store hands out what it keeps). */
  resolveRecords(ids: string[]): Promise<Map<string, unknown>>;
  /** For each key, the ids filed under it (GraphChange.resolve), in code-unit order; keys with none left out. */
  resolvePostings(keys: string[]): Promise<Map<string, string[]>>;
  /** Articles ordered by (publishedAt.earliest, id), undated last. */
  articles(page: PageRequest): Promise<Page<Article>>;
  articlesByIds(ids: string[]): Promise<Article[]>;
  /**
   * Those of urls that a stored article has as its url or its source (exact strings), in the order
   * asked, each once: how feeds and `ingest URL` tell an item already ingested before fetching it.
   */
  knownUrls(urls: string[]): Promise<string[]>;
  /** The person's holdings ordered by (from, of, title), unknown starts last. */
  holdings(person: string): Promise<Holding[]>;
  counts(): Promise<Counts>;
  /**
   * Full-text search over entity names and aliases and event titles (memory: an inverted index of words;
   * Neo4j: the full-text indexes entity_search / event_search of graph/schema.cypher). Text and
   * names are split into words (runs of letters and digits, compared lowercased, NFKC); every
   * word of the text must be a word of one name, alias or title, the last word as a prefix.
   * Ordered by (score desc, type ENTITY before EVENT, id); at most `limit` hits; blank text gives [].
   */
  search(text: string, limit: number): Promise<SearchHit[]>;
  stats(): Promise<GraphStats>;
  /**
   * The shortest connection between two entities (ids) through events they both take part in:
   * entity -> event -> entity is one hop, an entity taking part through an edge of edgesOf()
   * (as a non-PLACE participant, or as the event's place); at most maxHops hops (and at most
   * MAX_PATH_HOPS). null when none within maxHops or an id is no entity; [{entity: from, event: null}]
   * when from === to. Among several shortest paths, the one whose id sequence (entity, event,
   * entity, ...) is smallest in code-unit order (so both stores agree).
   */
  path(from: string, to: string, maxHops: number): Promise<PathStep[] | null>;
  /** The audit trail of analyst edits, oldest first. */
  auditLog(page: PageRequest): Promise<Page<AuditEntry>>;
  close(): Promise<void>;
}
