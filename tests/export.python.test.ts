// Round trip of every file export through an independent reader: the five sample articles
// (examples/articles/000_* to 004_*) ingested into a temporary memory store, exported as GEXF,
// GraphML and CSV, and read back by NetworkX (nx.read_gexf, nx.read_graphml) and pandas
// (pd.read_csv) in the virtual environment of tests/setup/pythonVenv.ts (tests/support/readExports.py).
// What the readers find is compared with what the store answers (counts(), its entities, events,
// articles and holdings), and two summit dates with what the articles say: 004 puts the first
// summit "in Singapore on June 12" (2018, DESIGN.md, Time), 000 (2019-03-29) says talks "broke down
// in late February in Hanoi" and 002 "at the Hanoi summit in February", so the Hanoi summit lies in
// February 2019. The Cytoscape round trip (Cytoscape's own loader) is in export.formats.test.ts.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allPages } from '../src/store/allPages.js';
import { loadExportGraph } from '../src/export/loadExportGraph.js';
import { renderExport } from '../src/export/renderExport.js';
import { ingest } from '../src/ingest.js';
import type { Entity, EventFact } from '../src/model/index.js';
import type { Counts, GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const READER = path.join(ROOT, 'tests', 'support', 'readExports.py');

interface ReadNode {
  kind: string | null;
  earliest: string | null;
  latest: string | null;
  start?: string | null;
  end?: string | null;
  labels?: string | null;
  aliases?: string | null;
}
interface ReadEdge {
  type: string | null;
  source: string | null;
  target: string | null;
  start?: string | number | null;
  end?: string | number | null;
}
interface ReadGraph {
  nodes: Record<string, ReadNode>;
  edges: Record<string, ReadEdge>;
  graph?: Record<string, string>;
  directed?: boolean;
  multigraph?: boolean;
  columns?: { nodes: string[]; edges: string[] };
}

let dir = '';
let store: GraphStore;
let counts: Counts;
let entities: Entity[];
let events: EventFact[];
let articleIds: string[];
let holdings = 0;
let read: { gexf: ReadGraph; graphml: ReadGraph; csv: ReadGraph };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-python-'));
  store = await openMemoryStore(path.join(dir, 'data'));
  const samples = path.join(ROOT, 'examples', 'articles');
  const seeds = (await readdir(samples)).filter((f) => /^00[0-4]_/.test(f)).map((f) => path.join(samples, f));
  expect(seeds).toHaveLength(5);
  await ingest(seeds, store);
  counts = await store.counts();
  entities = await allPages((page) => store.entities(page));
  events = await allPages((page) => store.events(page));
  articleIds = (await allPages((page) => store.articles(page))).map((a) => a.id);
  for (const entity of entities) holdings += (await store.holdings(entity.id)).length;

  const graph = await loadExportGraph(store, {});
  const paths: Record<string, string> = {};
  for (const format of ['gexf', 'graphml', 'csv'] as const) {
    for (const file of renderExport(graph, format).files) {
      paths[file.name] = path.join(dir, file.name);
      await writeFile(paths[file.name] as string, file.text);
    }
  }
  const { stdout } = await run(inject('pythonPath'), [READER, paths['newsgraph.gexf'], paths['newsgraph.graphml'], paths['nodes.csv'], paths['edges.csv']] as string[], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  read = JSON.parse(stdout) as typeof read;
}, 120_000);

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const summitAt = (place: string): EventFact => {
  const found = events.filter((e) => e.kind === 'SUMMIT' && e.place === place);
  expect(found, `one summit held in ${place}`).toHaveLength(1);
  return found[0] as EventFact;
};

describe('the sample graph in the store', () => {
  it('dates the Singapore and Hanoi summits as the articles do', () => {
    expect(summitAt('place:singapore').when).toMatchObject({ earliest: '2018-06-12', latest: '2018-06-12' });
    const hanoi = summitAt('place:hanoi').when;
    expect(hanoi?.earliest && hanoi.earliest >= '2019-02-01' && hanoi.latest && hanoi.latest <= '2019-02-28').toBe(true);
  });
});

describe.each(['gexf', 'graphml', 'csv'] as const)('%s read back by its independent reader', (format) => {
  it('holds every entity, event and article of the store with its kind, and as many edges', () => {
    const graph = read[format];
    expect(Object.keys(graph.nodes)).toHaveLength(counts.entities + counts.events + counts.articles);
    expect(Object.keys(graph.edges)).toHaveLength(counts.edges);
    for (const entity of entities) expect(graph.nodes[entity.id]?.kind, entity.id).toBe(entity.kind);
    for (const event of events) expect(graph.nodes[event.id]?.kind, event.id).toBe(event.kind);
    for (const id of articleIds) expect(graph.nodes[id]?.kind, id).toBe('ARTICLE');
  });

  it("gives every event the store's earliest and latest day", () => {
    const graph = read[format];
    for (const event of events) {
      expect({ id: event.id, earliest: graph.nodes[event.id]?.earliest ?? null, latest: graph.nodes[event.id]?.latest ?? null }).toEqual({
        id: event.id,
        earliest: event.when?.earliest ?? null,
        latest: event.when?.latest ?? null,
      });
    }
    expect(graph.nodes[summitAt('place:singapore').id]).toMatchObject({ earliest: '2018-06-12', latest: '2018-06-12' });
  });

  it('has the edges the store implies: a SUPPORTS per source, a HELD_IN per place, a HOLDS per holding', () => {
    const types = Object.values(read[format].edges).map((e) => e.type);
    const count = (type: string) => types.filter((t) => t === type).length;
    expect(count('SUPPORTS')).toBe(events.reduce((n, e) => n + new Set(e.sources).size, 0));
    expect(count('HELD_IN')).toBe(events.filter((e) => e.place !== null).length);
    expect(count('HOLDS')).toBe(holdings);
    const singapore = summitAt('place:singapore');
    const held = Object.values(read[format].edges).find((e) => e.type === 'HELD_IN' && e.source === singapore.id);
    expect(held?.target).toBe('place:singapore');
  });
});

describe('GEXF for Gephi', () => {
  it('is a dynamic directed multigraph whose events live from their earliest to their latest day', () => {
    const { gexf } = read;
    expect(gexf.graph).toMatchObject({ mode: 'dynamic' });
    expect(gexf.directed && gexf.multigraph).toBe(true);
    for (const event of events) {
      expect({ id: event.id, start: gexf.nodes[event.id]?.start ?? null, end: gexf.nodes[event.id]?.end ?? null }).toEqual({
        id: event.id,
        start: event.when?.earliest ?? null,
        end: event.when?.latest ?? null,
      });
    }
  });

  it("dates a summit's participant links as the summit", () => {
    const singapore = summitAt('place:singapore');
    const links = Object.values(read.gexf.edges).filter((e) => e.type === 'ATTENDED' && e.target === singapore.id);
    expect(links.map((e) => e.source).sort()).toEqual(expect.arrayContaining(['person:donald-trump', 'person:kim-jong-un']));
    for (const link of links) expect(link).toMatchObject({ start: '2018-06-12', end: '2018-06-12' });
  });
});

describe('CSV for pandas and neo4j-admin', () => {
  it("has neo4j-admin import headers and the Neo4j store's labels", () => {
    const { csv } = read;
    expect(csv.columns?.nodes.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(csv.columns?.edges.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(csv.nodes['person:kim-jong-un']?.labels).toBe('Entity;Person');
    expect(csv.nodes[summitAt('place:hanoi').id]?.labels).toBe('Event;Summit');
    expect(csv.nodes[articleIds[0] as string]?.labels).toBe('Article');
  });

  it("writes aliases as one ';'-separated field", async () => {
    const kim = await store.entity('person:kim-jong-un');
    expect(kim?.aliases.length).toBeGreaterThan(0);
    expect(read.csv.nodes['person:kim-jong-un']?.aliases?.split(';')).toEqual(kim?.aliases);
  });
});
