// The Neo4j GraphStore: the same contract as the memory store (tests/store.contract.ts), over
// neo4j-driver and Bolt (bolt:// or neo4j:// URIs, a single server, a cluster or Aura). Every
// statement is a parameterised file of graph/ (cypher.ts); graph/schema.cypher is applied at open.
// write() is one transaction (writeChange.ts: validate, then batched UNWIND ... MERGE); every read
// is answered by one Cypher query with the memory store's semantics and orderings. Integers come
// back as JS numbers. Writes of one store object are serialized; reads and writes share a bookmark
// manager, so a read sees every write before it, on a cluster too.
//
//   const store = await openNeo4jStore({ uri: 'bolt://127.0.0.1:7687' });
//   await store.write(change);
//   (await store.entity('kim jong-un'))?.id  // "person:kim-jong-un"
import neo4j, { type Driver, type EagerResult, type RecordShape } from 'neo4j-driver';
import { serialWriter } from '../serialWriter.js';
import type { Article, Entity, EventFact, Holding } from '../../model/index.js';
import { ENTITY_KINDS, EVENT_KINDS, EVENT_STATUSES } from '../../model/index.js';
import { MAX_PATH_HOPS, type AuditEntry, type Counts, type EntityQuery, type EventQuery, type GraphChange, type GraphStats, type GraphStore, type Page, type PageRequest, type PathStep, type SearchHit } from '../graphStore.js';
import { nameKey } from '../nameKey.js';
import { searchHits, type SearchCandidate } from '../searchHits.js';
import { searchWords } from '../searchWords.js';
import { StoreUnavailableError } from '../storeUnavailableError.js';
import { applySchema } from './applySchema.js';
import { cypher } from './cypher.js';
import { eventCandidates } from './eventCandidates.js';
import { neo4jStoreError } from './neo4jStoreError.js';
import { articleOf, entityOf, eventOf, type Props } from './nodeProps.js';
import { pageOf } from './pageOf.js';
import { pageRequest } from './pageRequest.js';
import { writeChange } from './writeChange.js';

export interface Neo4jStoreOptions {
  /** bolt://host:port or neo4j://host:port (also +s / +ssc variants). */
  uri: string;
  username?: string;
  password?: string;
  /** Database name; the server's default database when left out. */
  database?: string;
  /** How long the driver retries a transaction that failed for a transient reason (server gone, leader switch). */
  maxRetryTimeMs?: number;
  /** Rows per UNWIND statement in write(). */
  rowsPerStatement?: number;
}

const DEFAULTS = { maxRetryTimeMs: 15_000, rowsPerStatement: 1000, connectionTimeoutMs: 10_000 };

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly uri: string;
  private readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly rowsPerStatement: number;
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(driver: Driver, options: Neo4jStoreOptions) {
    this.driver = driver;
    this.uri = options.uri;
    this.database = options.database;
    this.rowsPerStatement = options.rowsPerStatement ?? DEFAULTS.rowsPerStatement;
  }

  private readonly writer = serialWriter((change) => this.writeNow(change));

  write(change: GraphChange): Promise<void> {
    return this.writer.write(change);
  }

  private async writeNow(normalized: GraphChange): Promise<void> {
    const session = this.driver.session({ database: this.database, bookmarkManager: this.bookmarks, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => writeChange(tx, normalized, { rowsPerStatement: this.rowsPerStatement }));
    } catch (error) {
      throw neo4jStoreError(error, this.uri, this.database);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async entity(nameOrId: string): Promise<Entity | null> {
    const key = nameKey(nameOrId);
    if (key === '') return null;
    const { records } = await this.read('entity', { key, raw: nameOrId.trim() });
    const found = records[0]?.get('entity') as Props | undefined;
    return found ? entityOf(found) : null;
  }

  async entitiesByIds(ids: string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    const { records } = await this.read('entitiesByIds', { ids: [...new Set(ids)] });
    return records.map((r) => entityOf(r.get('entity') as Props));
  }

  async entities(query: EntityQuery): Promise<Page<Entity>> {
    const page = pageRequest(query);
    const { records } = await this.read('entities', {
      kind: query.kind ?? null,
      search: query.search === undefined ? '' : nameKey(query.search),
      ...page.params,
    });
    return pageOf(records[0], page, entityOf);
  }

  async events(query: EventQuery): Promise<Page<EventFact>> {
    const page = pageRequest(query);
    const desc = query.order === 'DESC';
    const unfiltered = [query.kinds, query.status, query.participants, query.place, query.source, query.from, query.to].every((f) => f === undefined);
    const statement = unfiltered
      ? cypher(desc ? 'events/unfilteredDesc' : 'events/unfilteredAsc')
      : [cypher(eventCandidates(query)), cypher('events/filter'), cypher(desc ? 'events/desc' : 'events/asc')].join('\n');
    const { records } = await this.readText(statement, {
      kinds: query.kinds ?? null,
      status: query.status ?? null,
      participants: query.participants ?? null,
      hasPlace: query.place !== undefined,
      place: query.place ?? null,
      source: query.source ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      relation: query.relation ?? 'OVERLAPS',
      ...page.params,
    });
    return pageOf(records[0], page, eventOf);
  }

  async eventsByIds(ids: string[]): Promise<EventFact[]> {
    if (ids.length === 0) return [];
    const { records } = await this.read('eventsByIds', { ids: [...new Set(ids)] });
    return records.map((r) => eventOf(r.get('event') as Props));
  }

  async resolveRecords(ids: string[]): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    if (ids.length === 0) return out;
    const { records } = await this.read('resolve/records', { ids: [...new Set(ids)] });
    for (const r of records) out.set(r.get('id') as string, JSON.parse(r.get('value') as string) as unknown);
    return out;
  }

  async resolvePostings(keys: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (keys.length === 0) return out;
    const { records } = await this.read('resolve/postings', { keys: [...new Set(keys)] });
    for (const r of records) out.set(r.get('key') as string, [...new Set(r.get('ids') as string[])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    return out;
  }

  async articles(request: PageRequest): Promise<Page<Article>> {
    const page = pageRequest(request);
    const { records } = await this.read('articles', page.params);
    return pageOf(records[0], page, articleOf);
  }

  async articlesByIds(ids: string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    const { records } = await this.read('articlesByIds', { ids: [...new Set(ids)] });
    return records.map((r) => articleOf(r.get('article') as Props));
  }

  async knownUrls(urls: string[]): Promise<string[]> {
    if (urls.length === 0) return [];
    const { records } = await this.read('knownUrls', { urls: [...new Set(urls)] });
    return records.map((r) => r.get('url') as string);
  }

  async holdings(person: string): Promise<Holding[]> {
    const { records } = await this.read('holdings', { person });
    return records.map((r) => ({
      person: r.get('person') as string,
      title: r.get('title') as string,
      of: r.get('of') as string,
      from: (r.get('from') as string | null) ?? null,
      to: (r.get('to') as string | null) ?? null,
    }));
  }

  async counts(): Promise<Counts> {
    const { records } = await this.read('counts', {});
    const record = records[0];
    const count = (key: string): number => Number(record?.get(key) ?? 0);
    return { articles: count('articles'), entities: count('entities'), events: count('events'), edges: count('edges') };
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const words = searchWords(text);
    if (words.length === 0 || !(limit > 0)) return [];
    const query = words.map((w, i) => (i === words.length - 1 ? `${w}*` : w)).join(' AND ');
    const { records } = await this.read('search', { query });
    const candidates: SearchCandidate[] = records.map((r) => ({ type: r.get('type') as SearchHit['type'], id: r.get('id') as string, names: (r.get('names') as string[]).map(String) }));
    return searchHits(candidates, text, limit);
  }

  async stats(): Promise<GraphStats> {
    const { records } = await this.read('stats', { statuses: [...EVENT_STATUSES] });
    const record = records[0];
    const tally = <K extends string>(keys: readonly K[], pairs: unknown): Record<K, number> => {
      const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
      for (const [key, count] of (pairs as [K, number][] | undefined) ?? []) if (key in counts) counts[key] = Number(count);
      return counts;
    };
    return {
      articles: Number(record?.get('articles') ?? 0),
      entitiesByKind: tally(ENTITY_KINDS, record?.get('entityKinds')),
      eventsByKind: tally(EVENT_KINDS, record?.get('eventKinds')),
      eventsByStatus: tally(EVENT_STATUSES, record?.get('eventStatuses')),
      edges: Number(record?.get('edges') ?? 0),
      earliest: (record?.get('earliest') as string | null) ?? null,
      latest: (record?.get('latest') as string | null) ?? null,
    };
  }

  /**
   * shortestPath gives the length (pathLength.cypher); when within maxHops, allShortestPaths gives
   * the path with the smallest id sequence among those of that length (pathShortest.cypher).
   */
  async path(from: string, to: string, maxHops: number): Promise<PathStep[] | null> {
    const limit = Math.min(MAX_PATH_HOPS, Math.floor(maxHops));
    if (from === to) return (await this.entitiesByIds([from])).length === 1 ? [{ entity: from, event: null }] : null;
    if (!(limit >= 1)) return null;
    const { records } = await this.read('pathLength', { from, to });
    const length = records.length > 0 ? Number(records[0]?.get('length')) : undefined;
    if (length === undefined || length > 2 * limit) return null;
    const ids = (await this.read('pathShortest', { from, to })).records[0]?.get('ids') as string[] | undefined;
    if (!ids) return null;
    return ids.flatMap((id, i) => (i % 2 === 1 ? [] : [{ entity: id, event: ids[i + 1] ?? null }]));
  }

  async auditLog(request: PageRequest): Promise<Page<AuditEntry>> {
    const page = pageRequest(request);
    const { records } = await this.read('auditLog', page.params);
    return pageOf(records[0], page, (props) => props as unknown as AuditEntry);
  }

  async close(): Promise<void> {
    await this.writer.settled();
    await this.driver.close();
  }

  /** One read query of graph/NAME.cypher, routed to a reader, after every write of this store. */
  private read(name: string, params: Record<string, unknown>): Promise<EagerResult<RecordShape>> {
    return this.readText(cypher(name), params);
  }

  /** One read query (Cypher text made of graph/ files only), routed to a reader, after every write of this store. */
  private async readText(statement: string, params: Record<string, unknown>): Promise<EagerResult<RecordShape>> {
    try {
      return await this.driver.executeQuery(statement, params, { database: this.database, routing: neo4j.routing.READ, bookmarkManager: this.bookmarks });
    } catch (error) {
      throw neo4jStoreError(error, this.uri, this.database);
    }
  }
}

/**
 * Connects (failing with StoreUnavailableError naming NEO4J_URI when the server cannot be reached)
 * and applies graph/schema.cypher (idempotent: IF NOT EXISTS).
 */
export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<Neo4jStore> {
  const auth = options.username || options.password ? neo4j.auth.basic(options.username || 'neo4j', options.password ?? '') : undefined;
  let driver: Driver;
  try {
    driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULTS.maxRetryTimeMs,
      connectionTimeout: DEFAULTS.connectionTimeoutMs,
      userAgent: 'newsgraph/0.1.0',
    });
  } catch (error) {
    // A malformed URI (unknown scheme, bad host) is refused before any connection is tried.
    throw new StoreUnavailableError(`NEO4J_URI ${JSON.stringify(options.uri)} is not a Neo4j URI (bolt://host:port or neo4j://host:port): ${(error as Error).message}`, { cause: error });
  }
  try {
    await driver.verifyConnectivity({ database: options.database });
    await applySchema(driver, options.database);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw neo4jStoreError(error, options.uri, options.database);
  }
  return new Neo4jStore(driver, options);
}
