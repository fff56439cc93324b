// The export from the Neo4j store equals the export from the memory store: the five sample
// articles ingested into both, and the whole graph, the subgraph around Kim Jong Un and a window
// compared node by node and edge by edge (keys, ends, every attribute), then as written CSV (same
// order, same layout positions). Against a Neo4j of its own (started here on a free port in a
// temporary directory), so wiping it never races the other Neo4j test files. Then the CSV goes
// through Neo4j's own `neo4j-admin database import full` (org.neo4j.cli.AdminTool from the
// bundled Neo4j's jars) into a fresh database, which must take every node and relationship.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExportGraph, type ExportFilter, type ExportGraph } from '../src/export/loadExportGraph.js';
import { renderExport } from '../src/export/renderExport.js';
import { ingest } from '../src/ingest.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { startNeo4j, type RunningNeo4j } from '../src/store/neo4j/launcher.js';
import { launcherCommand } from '../src/store/neo4j/launcherCommand.js';
import { openNeo4jStore } from '../src/store/neo4j/neo4jStore.js';
import { wipeNeo4j } from './support/wipeNeo4j.js';

const ROOT = path.resolve(import.meta.dirname, '..');
let tempRoot = '';
let neo: RunningNeo4j;
let memory: GraphStore;
let neo4jStore: GraphStore;

beforeAll(async () => {
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-neo4j-'));
  neo = await startNeo4j({ dataDir: path.join(tempRoot, 'neo4j'), detached: false });
  await wipeNeo4j(neo.uri);
  const samples = path.join(ROOT, 'examples', 'articles');
  const seeds = (await readdir(samples)).filter((f) => /^00[0-4]_/.test(f)).map((f) => path.join(samples, f));
  expect(seeds).toHaveLength(5);
  memory = await openMemoryStore(path.join(tempRoot, 'memory'));
  neo4jStore = await openNeo4jStore({ uri: neo.uri });
  await ingest(seeds, memory);
  await ingest(seeds, neo4jStore);
}, 240_000);

afterAll(async () => {
  await memory?.close();
  await neo4jStore?.close();
  await neo?.stop();
  if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
});

/** Nodes and edges by key, with every attribute; the graph attributes but generatedFrom. */
function content(graph: ExportGraph) {
  const { generatedFrom, ...attributes } = graph.getAttributes();
  const byKey = <T extends { key: string }>(items: T[]) => [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    generatedFrom,
    attributes,
    nodes: byKey(graph.mapNodes((key, attrs) => ({ key, attrs }))),
    edges: byKey(graph.mapEdges((key, attrs, source, target) => ({ key, source, target, attrs }))),
  };
}

describe('the Neo4j store exports the graph the memory store exports', () => {
  it.each<[string, ExportFilter]>([
    ['the whole graph', {}],
    ['around Kim Jong Un, one hop', { entity: ['Kim Jong Un'], hops: 1 }],
    ['the first half of 2019', { from: '2019-01-01', to: '2019-06-30' }],
  ])('%s', async (_name, filter) => {
    const fromMemory = content(await loadExportGraph(memory, filter));
    const fromNeo4j = content(await loadExportGraph(neo4jStore, filter));
    expect([fromMemory.generatedFrom, fromNeo4j.generatedFrom]).toEqual(['memory', 'neo4j']);
    expect(fromMemory.nodes.length).toBeGreaterThan(0);
    expect(fromNeo4j.attributes).toEqual(fromMemory.attributes);
    expect(fromNeo4j.nodes).toEqual(fromMemory.nodes);
    expect(fromNeo4j.edges).toEqual(fromMemory.edges);
  });

  it('holds what its store counts', async () => {
    const graph = await loadExportGraph(neo4jStore, {});
    const counts = await neo4jStore.counts();
    expect([graph.order, graph.size]).toEqual([counts.articles + counts.entities + counts.events, counts.edges]);
  });

  it('writes the same CSV, row for row', async () => {
    const csv = async (store: GraphStore) => renderExport(await loadExportGraph(store, {}), 'csv').files.map((f) => f.text);
    expect(await csv(neo4jStore)).toEqual(await csv(memory));
  });

  it('writes CSV that neo4j-admin database import full takes whole', async () => {
    const graph = await loadExportGraph(neo4jStore, {});
    const home = path.join(tempRoot, 'neo4j-admin');
    await mkdir(path.join(home, 'conf'), { recursive: true });
    await writeFile(path.join(home, 'conf', 'neo4j.conf'), '');
    const files: string[] = [];
    for (const file of renderExport(graph, 'csv').files) {
      files.push(path.join(home, file.name));
      await writeFile(path.join(home, file.name), file.text);
    }
    const java = await launcherCommand();
    const { stdout } = await promisify(execFile)(
      java.command,
      [...java.jvmArgs.filter((a) => !a.startsWith('-XX:SharedArchiveFile')), 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j', `--nodes=${files[0]}`, `--relationships=${files[1]}`, `--report-file=${path.join(home, 'import.report')}`],
      { cwd: home, env: { ...java.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(stdout);
    expect(imported?.slice(1, 3).map(Number)).toEqual([graph.order, graph.size]);
  }, 120_000);
});
