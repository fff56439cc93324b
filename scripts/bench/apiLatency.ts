// API latency benchmark (npm run bench:api; not a test): for each store (--store memory, neo4j
// or both, the default), a generated graph of --events events (100,000 by default,
// scripts/bench/syntheticGraph.ts) written straight into the store (Neo4j: a server of its own
// started by src/store/neo4j/launcher.ts in a temporary directory, loaded in batches of
// --batch events), the GraphQL server over it in a child process, and autocannon sending each IDE
// example query (src/api/ideExamples.ts) and a baseline `events(first: 10)` for --duration
// seconds each over --connections concurrent connections. Prints p50 and p99 latency of each
// beside the baseline's, per store, and how long the graph took to load.
//
//   npm run bench:api -- --store both --events 100000 --connections 4 --duration 5
//
// The server runs in its own process so the load generator does not share its event loop; its
// query timeout is raised (--timeout-ms) so slow answers are measured rather than cut off.
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createServer } from '../../src/api/createServer.js';
import { IDE_EXAMPLES } from '../../src/api/ideExamples.js';
import type { GraphStore } from '../../src/store/graphStore.js';
import { openMemoryStore } from '../../src/store/memory/memoryStore.js';
import { startNeo4j, type RunningNeo4j } from '../../src/store/neo4j/launcher.js';
import { openNeo4jStore } from '../../src/store/neo4j/neo4jStore.js';
import { changeBatches } from './changeBatches.js';
import { syntheticGraph } from './syntheticGraph.js';

type StoreKind = 'memory' | 'neo4j';

interface Options {
  store: StoreKind;
  events: number;
  batch: number;
  connections: number;
  durationS: number;
  timeoutMs: number;
}

interface Ready {
  url: string;
  events: number;
  edges: number;
  /** Starting the store (Neo4j: the JVM), then writing the generated graph. */
  startMs: number;
  loadMs: number;
  rssMb: number;
}

interface Row {
  name: string;
  p50: number;
  p99: number;
  mean: number;
  max: number;
  requests: number;
  errors: number;
}

const BASELINE = { title: 'Baseline: events(first: 10)', query: '{ events(first: 10) { edges { node { id kind title when { earliest latest } } } } }' };

const { values } = parseArgs({
  options: {
    serve: { type: 'boolean', default: false },
    store: { type: 'string', default: 'both' },
    events: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '5000' },
    connections: { type: 'string', default: '4' },
    duration: { type: 'string', default: '5' },
    'timeout-ms': { type: 'string', default: '300000' },
    only: { type: 'string' },
  },
});
const stores: StoreKind[] = values.store === 'both' ? ['memory', 'neo4j'] : values.store === 'memory' || values.store === 'neo4j' ? [values.store] : [];
if (stores.length === 0) throw new Error(`--store must be memory, neo4j or both, not ${JSON.stringify(values.store)}`);
const options = (store: StoreKind): Options => ({
  store,
  events: Number(values.events),
  batch: Number(values.batch),
  connections: Number(values.connections),
  durationS: Number(values.duration),
  timeoutMs: Number(values['timeout-ms']),
});

if (values.serve) await serve(options(stores[0] as StoreKind));
else for (const store of stores) await bench(options(store));

/** The child: starts the store, writes the generated graph, starts the server, reports its URL, runs until told to stop. */
async function serve({ store: kind, events, batch, timeoutMs }: Options): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-'));
  let neo: RunningNeo4j | undefined;
  let store: GraphStore;
  const started = performance.now();
  if (kind === 'neo4j') {
    // A page cache that holds the whole generated graph (about 0.5 GiB on disk at 100,000 events).
    neo = await startNeo4j({ dataDir: dir, detached: false, heap: '2g', pagecache: '1g' });
    store = await openNeo4jStore({ uri: neo.uri });
  } else {
    store = await openMemoryStore(dir);
  }
  const loading = performance.now();
  const graph = syntheticGraph({ events });
  // The memory store takes the graph in one write; Neo4j in batches (a transaction's memory is capped).
  for (const change of kind === 'neo4j' ? changeBatches(graph, batch) : [graph]) await store.write(change);
  const counts = await store.counts();
  const server = await createServer(store, { port: 0, limits: { timeoutMs } });
  const ready: Ready = {
    url: server.graphqlUrl,
    events: counts.events,
    edges: counts.edges,
    startMs: loading - started,
    loadMs: performance.now() - loading,
    rssMb: process.memoryUsage().rss / 2 ** 20,
  };
  const stop = async (): Promise<void> => {
    await server.close();
    await store.close();
    await neo?.stop();
    await rm(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.send?.(ready);
  process.on('message', () => void stop());
  process.on('disconnect', () => void stop());
}

async function bench(opts: Options): Promise<void> {
  console.log(`newsgraph API latency: ${opts.store} store, ${opts.events} generated events; ${opts.connections} concurrent connections, ${opts.durationS} s per query`);
  const args = ['--serve', '--store', opts.store, '--events', String(opts.events), '--batch', String(opts.batch), '--timeout-ms', String(opts.timeoutMs)];
  const child = fork(fileURLToPath(import.meta.url), args, { execArgv: process.execArgv, stdio: 'inherit' });
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Ready));
      child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before it was ready`)));
    });
    const start = opts.store === 'neo4j' ? `Neo4j started in ${(ready.startMs / 1000).toFixed(1)} s, ` : '';
    console.log(`graph: ${ready.events} events, ${ready.edges} edges; ${start}generated and written in ${(ready.loadMs / 1000).toFixed(1)} s; server RSS ${ready.rssMb.toFixed(0)} MiB\n`);

    const queries: { title: string; query: string; variables?: Record<string, unknown> }[] = [
      BASELINE,
      ...IDE_EXAMPLES.map((e) => ({ title: e.title, query: e.query, ...(e.variables ? { variables: JSON.parse(e.variables) as Record<string, unknown> } : {}) })),
    ];
    const rows: Row[] = [];
    for (const q of queries.filter((q, i) => i === 0 || values.only === undefined || q.title.toLowerCase().includes(values.only.toLowerCase()))) {
      await checkAnswers(ready.url, q.query, q.variables, q.title);
      rows.push(await load(ready.url, q.title, JSON.stringify({ query: q.query, variables: q.variables }), opts));
    }
    print(rows);
    console.log('');
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** One request first: the query must answer without errors, or its latency means nothing. */
async function checkAnswers(url: string, query: string, variables: Record<string, unknown> | undefined, title: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (response.status !== 200 || body.errors) throw new Error(`"${title}" fails (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
}

async function load(url: string, name: string, body: string, { connections, durationS, timeoutMs }: Options): Promise<Row> {
  const problems = new Map<string, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: durationS, timeout: Math.ceil(timeoutMs / 1000) },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('reqError', (error: Error) => problems.set(error.message, (problems.get(error.message) ?? 0) + 1));
  });
  if (problems.size > 0) console.error(`${name}: ${[...problems].map(([m, n]) => `${n} x ${m}`).join('; ')}`);
  return {
    name,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function print(rows: Row[]): void {
  const baseline = rows[0] as Row;
  const header = ['query', 'p50 ms', 'p99 ms', 'mean ms', 'max ms', 'p50 / baseline', 'p99 / baseline', 'requests', 'errors'];
  const lines = rows.map((r) => [r.name, fmt(r.p50), fmt(r.p99), fmt(r.mean), fmt(r.max), `${(r.p50 / baseline.p50).toFixed(1)}x`, `${(r.p99 / baseline.p99).toFixed(1)}x`, String(r.requests), String(r.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const row = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}
