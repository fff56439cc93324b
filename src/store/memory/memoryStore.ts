// The embedded GraphStore: a graphology MultiDirectedGraph (nodes: entities, events, articles;
// edges: edgesOf() of every event plus HOLDS) and resolve's tables (resolveTables.ts), persisted
// as dataDir/graph.json in graphology's serialized export form plus a journal of the changes
// since (storeFiles.ts). write() validates the change (removals of entities by trying them on the
// graph and undoing them), appends it to the journal, and only then applies it:
// a failure at any step leaves the graph in memory and the files as they were, and no read sees a
// change before it is durable. A write costs what the change weighs, not the graph. Writes are
// serialized. Reads use indexes kept up to date after each write (eventIndex.ts: events by
// participant, place, source, kind and date; searchIndex.ts: the words of names and titles)
// and copy only what they return.
//
//   const store = await openMemoryStore('.newsgraph');
//   await store.write(change);
//   (await store.entity('kim jong-un'))?.id  // "person:kim-jong-un"
import { MultiDirectedGraph } from 'graphology';
import { serialWriter } from '../serialWriter.js';
import type { Article, Entity, EventFact, Holding } from '../../model/index.js';
import type { AuditEntry, Counts, EntityQuery, EventQuery, GraphChange, GraphStats, GraphStore, Page, PageRequest, PathStep, SearchHit } from '../graphStore.js';
import { applyChange, auditOf, type StoreGraph } from './applyChange.js';
import { EventIndex } from './eventIndex.js';
import { graphStats } from './graphStats.js';
import { SearchIndex } from './searchIndex.js';
import { shortestPath } from './shortestPath.js';
import { InvalidChangeError } from '../invalidChangeError.js';
import { nameKey } from '../nameKey.js';
import { recordOf, type EdgeAttributes, type NodeAttributes, type NodeType } from './nodeAttributes.js';
import { compareArticles, compareStrings, pageOf } from './queryHelpers.js';
import { SnapshotCorruptError } from './snapshotCorruptError.js';
import { ResolveTables, type SavedTables } from './resolveTables.js';
import { StoreFiles, type Compaction } from './storeFiles.js';
import { UndoLog } from './undoLog.js';
import { validateChange } from '../validateChange.js';

const SNAPSHOT_FORMAT = 'newsgraph';
/** Version 2 adds resolve's tables and the journal; version 1 snapshots are read as having none. */
const SNAPSHOT_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, 2];
const NODE_TYPES: readonly string[] = ['entity', 'event', 'article'];

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly graph: StoreGraph;
  private readonly tables: ResolveTables;
  private readonly files: StoreFiles;
  private readonly eventIndex: EventIndex;
  private readonly searchIndex: SearchIndex;

  constructor(graph: StoreGraph, tables: ResolveTables, files: StoreFiles) {
    this.graph = graph;
    this.tables = tables;
    this.files = files;
    this.eventIndex = EventIndex.of(graph);
    this.searchIndex = SearchIndex.of(graph);
  }

  private readonly writer = serialWriter((change) => this.writeNow(change));

  write(change: GraphChange): Promise<void> {
    return this.writer.write(change);
  }

  private async writeNow(normalized: GraphChange): Promise<void> {
    const graph = this.graph;
    const problems = validateChange(normalized, (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id).nodeType : undefined));
    if (problems.length > 0) throw new InvalidChangeError(problems);
    // A trial run finds what only applying can (an entity removed that an event still refers to), and is undone at once.
    if ((normalized.removeEntities ?? []).length > 0) this.applyNow(normalized).undo();
    await this.files.append(normalized);
    try {
      this.applyNow(normalized);
    } catch (error) {
      await this.files.discardLast();
      throw error;
    }
    this.writes++;
    const events = normalized.events.map((e) => e.id);
    this.eventIndex.update(graph, [...normalized.removeEvents, ...events], events);
    for (const id of new Set([...normalized.removeEvents, ...events, ...normalized.entities.map((e) => e.id), ...(normalized.removeEntities ?? [])])) {
      this.searchIndex.put(graph, id);
    }
    // The change is durable in the journal: a snapshot that fails now is tried again at the next write.
    await this.files.compactIfDue(() => this.exported()).catch(() => undefined);
  }

  /** Applies the change to the graph and tables; undone whole (and rethrown) if a step fails. */
  private applyNow(change: GraphChange): UndoLog {
    const log = new UndoLog();
    try {
      applyChange(this.graph, change, log);
      if (change.resolve) this.tables.apply(change.resolve, log);
    } catch (error) {
      log.undo();
      throw error;
    }
    return log;
  }

  private exported(): ReturnType<StoreGraph['export']> {
    const data = this.graph.export();
    data.attributes = { ...data.attributes, resolve: this.tables.save() };
    return data;
  }

  async resolveRecords(ids: string[]): Promise<Map<string, unknown>> {
    return this.tables.get(ids);
  }

  async resolvePostings(keys: string[]): Promise<Map<string, string[]>> {
    return this.tables.lookup(keys);
  }

  async entity(nameOrId: string): Promise<Entity | null> {
    const wanted = nameKey(nameOrId);
    const raw = nameOrId.trim();
    if (wanted === '') return null;
    // Best match: id (0) before name (1) before alias (2), then exact case, then the smallest id.
    let best: { score: [number, number]; entity: Entity } | undefined;
    for (const id of this.searchIndex.named(wanted)) {
      const entity = this.graph.getNodeAttributes(id) as unknown as Entity;
      const names: [number, string][] = [[0, entity.id], [1, entity.name], ...entity.aliases.map((a): [number, string] => [2, a])];
      for (const [rank, text] of names) {
        if (nameKey(text) !== wanted) continue;
        const score: [number, number] = [rank, text.trim() === raw ? 0 : 1];
        if (!best || (score[0] - best.score[0] || score[1] - best.score[1] || compareStrings(entity.id, best.entity.id)) < 0) best = { score, entity };
      }
    }
    return best ? copyOf(best.entity) : null;
  }

  async entitiesByIds(ids: string[]): Promise<Entity[]> {
    return this.byIds<Entity>(ids, 'entity');
  }

  async entities(query: EntityQuery): Promise<Page<Entity>> {
    const search = query.search === undefined ? '' : nameKey(query.search);
    const matches = this.nodes<Entity>('entity')
      .filter((e) => query.kind === undefined || e.kind === query.kind)
      .filter((e) => search === '' || [e.name, ...e.aliases].some((text) => nameKey(text).includes(search)))
      .sort((a, b) => compareStrings(a.id, b.id));
    const page = pageOf(matches, query);
    return { ...page, items: page.items.map(copyOf) };
  }

  async events(query: EventQuery): Promise<Page<EventFact>> {
    return this.eventIndex.query(query);
  }

  async eventsByIds(ids: string[]): Promise<EventFact[]> {
    return this.byIds<EventFact>(ids, 'event');
  }

  async articles(page: PageRequest): Promise<Page<Article>> {
    // Sorted as the graph holds them; only the page is copied.
    const result = pageOf(this.nodes<Article>('article').sort(compareArticles), page);
    return { ...result, items: result.items.map((a) => recordOf<Article>(a as unknown as NodeAttributes)) };
  }

  async articlesByIds(ids: string[]): Promise<Article[]> {
    return this.byIds<Article>(ids, 'article');
  }

  async knownUrls(urls: string[]): Promise<string[]> {
    const wanted = new Set(urls);
    const found = new Set<string>();
    if (wanted.size > 0) {
      this.graph.forEachNode((_id, attributes) => {
        if (attributes.nodeType !== 'article') return;
        for (const value of [attributes.url, attributes.source]) if (value !== undefined && wanted.has(value)) found.add(value);
      });
    }
    return [...wanted].filter((url) => found.has(url));
  }

  async holdings(person: string): Promise<Holding[]> {
    const graph = this.graph;
    if (!graph.hasNode(person)) return [];
    const holdings: Holding[] = [];
    graph.forEachOutEdge(person, (_edge, attributes, source, target) => {
      if (attributes.type !== 'HOLDS') return;
      holdings.push({
        person: source,
        title: String(attributes.title),
        of: target,
        from: typeof attributes.from === 'string' ? attributes.from : null,
        to: typeof attributes.to === 'string' ? attributes.to : null,
      });
    });
    return holdings.sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.of, b.of) || compareStrings(a.title, b.title));
  }

  async counts(): Promise<Counts> {
    const counts: Counts = { articles: 0, entities: 0, events: 0, edges: this.graph.size };
    this.graph.forEachNode((_id, attributes) => {
      if (attributes.nodeType === 'article') counts.articles++;
      else if (attributes.nodeType === 'entity') counts.entities++;
      else counts.events++;
    });
    return counts;
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    return await this.searchIndex.search(this.graph, text, limit);
  }

  /** Counted once per write: stats and counts read every node. */
  private tallied: { writes: number; stats: GraphStats } | undefined;
  private writes = 0;

  async stats(): Promise<GraphStats> {
    if (this.tallied?.writes !== this.writes) this.tallied = { writes: this.writes, stats: graphStats(this.graph, this.eventIndex) };
    return structuredClone(this.tallied.stats);
  }

  async path(from: string, to: string, maxHops: number): Promise<PathStep[] | null> {
    return shortestPath(this.graph, from, to, maxHops);
  }

  async auditLog(page: PageRequest): Promise<Page<AuditEntry>> {
    const result = pageOf(auditOf(this.graph), page);
    return { ...result, items: result.items.map((entry) => ({ ...entry })) };
  }

  async close(): Promise<void> {
    await this.writer.settled();
  }

  /** The records of one node type as the graph holds them (not copies: copy what is returned). */
  private nodes<T extends Entity | Article>(type: NodeType): T[] {
    const records: T[] = [];
    this.graph.forEachNode((_id, attributes) => {
      if (attributes.nodeType === type) records.push(attributes as unknown as T);
    });
    return records;
  }

  /** The records of those ids in the order asked, unknown ids and other node types left out, duplicates once. */
  private byIds<T extends Entity | EventFact | Article>(ids: string[], type: NodeType): T[] {
    const graph = this.graph;
    const records: T[] = [];
    for (const id of new Set(ids)) {
      if (!graph.hasNode(id)) continue;
      const attributes = graph.getNodeAttributes(id);
      if (attributes.nodeType === type) records.push(recordOf<T>(attributes));
    }
    return records;
  }
}

/** A copy of an entity record without the node bookkeeping (nodeType, label). */
function copyOf(entity: Entity): Entity {
  return { id: entity.id, kind: entity.kind, name: entity.name, aliases: [...entity.aliases] };
}

export interface MemoryStoreOptions {
  /** When a new snapshot is written (storeFiles.ts); DEFAULT_COMPACTION by default. */
  compaction?: Compaction;
}

/** Opens (or starts) the memory store of dataDir; throws SnapshotCorruptError for an unreadable graph.json or journal. */
export async function openMemoryStore(dataDir: string, options: MemoryStoreOptions = {}): Promise<MemoryStore> {
  const files = await StoreFiles.open(dataDir, options.compaction);
  const { file } = files.paths;
  const graph: StoreGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.replaceAttributes({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION });
  let saved: SavedTables | undefined;
  const data = files.snapshot;
  if (data) {
    const attributes = data.attributes ?? {};
    if (attributes.format !== SNAPSHOT_FORMAT) throw new SnapshotCorruptError(file, `not a ${SNAPSHOT_FORMAT} snapshot (graph attribute "format" is ${JSON.stringify(attributes.format)})`);
    if (!READABLE_VERSIONS.includes(attributes.version)) throw new SnapshotCorruptError(file, `unsupported snapshot version ${JSON.stringify(attributes.version)} (this version reads ${READABLE_VERSIONS.join(' and ')})`);
    try {
      graph.import({ ...data, options: undefined } as unknown as Parameters<StoreGraph['import']>[0]);
    } catch (error) {
      throw new SnapshotCorruptError(file, (error as Error).message, { cause: error });
    }
    graph.forEachNode((id, node) => {
      if (typeof node !== 'object' || node === null || !NODE_TYPES.includes(node.nodeType)) {
        throw new SnapshotCorruptError(file, `node ${id} has no valid nodeType`);
      }
    });
    graph.forEachEdge((edge, attributes) => {
      if (typeof attributes?.type !== 'string') throw new SnapshotCorruptError(file, `edge ${edge} has no type`);
    });
    saved = attributes.resolve as SavedTables | undefined;
    graph.removeAttribute('resolve');
    graph.removeAttribute('journalSeq');
    graph.setAttribute('version', SNAPSHOT_VERSION);
  }
  const tables = ResolveTables.of(saved);
  for (const change of files.journal) {
    applyChange(graph, change, new UndoLog());
    if (change.resolve) tables.apply(change.resolve, new UndoLog());
  }
  return new MemoryStore(graph, tables, files);
}
