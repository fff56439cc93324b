// Ingest benchmark (npm run bench:ingest; not a test): realistic generated articles
// (newsArticles.ts) ingested 100 at a time into one store up to --articles (5,000 by default),
// each batch timed beside the same 100 ingested into an empty store of the same kind (every
// --baseline-every articles, and the last batch), then one more article into the full store beside
// the same article into an empty one. Prints wall seconds per batch and the CPU seconds of the whole
// process (extraction threads included: on a shared machine the truer measure of work), their ratio
// to the baseline, where the wall time went, the stored articles dated anew, and peak memory
// (resident set) of the process.
//
//   npm run bench:ingest                                    # embedded store, 5,000 articles
//   npm run bench:ingest -- --store neo4j --articles 2000   # Neo4j (two servers of its own: the store and the empty one)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { extractPool, type ExtractPool } from '../../src/extract/extractPool.js';
import { ingest, type IngestSummary } from '../../src/ingest.js';
import type { GraphStore } from '../../src/store/graphStore.js';
import { openMemoryStore } from '../../src/store/memory/memoryStore.js';
import { cypherStatements } from '../../src/store/neo4j/cypher.js';
import { startNeo4j, type RunningNeo4j } from '../../src/store/neo4j/launcher.js';
import { openNeo4jStore } from '../../src/store/neo4j/neo4jStore.js';
import { newsArticles } from './newsArticles.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: 'memory' },
    articles: { type: 'string', default: '5000' },
    batch: { type: 'string', default: '100' },
    'baseline-every': { type: 'string', default: '500' },
    seed: { type: 'string', default: '20310105' },
  },
});
const kind = values.store;
if (kind !== 'memory' && kind !== 'neo4j') throw new Error(`--store must be memory or neo4j, not ${JSON.stringify(kind)}`);
const total = Number(values.articles);
const batchSize = Number(values.batch);
const baselineEvery = Number(values['baseline-every']);
const seed = Number(values.seed);

const root = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-ingest-'));
const servers: RunningNeo4j[] = [];
let pool: ExtractPool | undefined;
try {
  console.log(`newsgraph ingest benchmark: ${kind} store, ${total} generated articles in batches of ${batchSize}`);
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const files = await writeArticles(path.join(root, 'articles'), total + 1);
  const stores = await storeMaker(kind, root);
  const store = await stores.main();
  // One extraction pool for the whole run, as a long-running ingest keeps one (its start-up is not a
  // batch's work), warmed up with the first batch into a store that is thrown away.
  pool = extractPool();
  await withStore(await stores.empty(), (s) => ingest(files.slice(0, batchSize), s, { pool }));
  console.log(`\n${'stored'.padStart(6)}  ${'next 100: wall s'.padStart(16)}  ${'CPU s'.padStart(6)}  ${'into empty: wall s'.padStart(18)}  ${'CPU s'.padStart(6)}  ${'ratio wall'.padStart(10)}  ${'ratio CPU'.padStart(9)}  ${'wall: extract wait / resolve / write'.padStart(36)}  ${'re-dated'.padStart(8)}  ${'load'.padStart(5)}  ${'peak RSS MiB'.padStart(12)}`);
  const rows: { size: number; run: Timed; baseline?: Timed }[] = [];
  for (let size = 0; size < total; size += batchSize) {
    const batch = files.slice(size, Math.min(total, size + batchSize));
    const run = await timed(() => ingest(batch, store, { pool }));
    const last = size + batchSize >= total;
    const baseline = size === 0 || last || size % baselineEvery === 0 ? await timed(async () => withStore(await stores.empty(), (s) => ingest(batch, s, { pool }))) : undefined;
    rows.push({ size, run, baseline });
    const cells = [
      String(size).padStart(6),
      run.seconds.toFixed(2).padStart(16),
      run.cpu.toFixed(2).padStart(6),
      (baseline ? baseline.seconds.toFixed(2) : '').padStart(18),
      (baseline ? baseline.cpu.toFixed(2) : '').padStart(6),
      (baseline ? (run.seconds / baseline.seconds).toFixed(2) : '').padStart(10),
      (baseline ? (run.cpu / baseline.cpu).toFixed(2) : '').padStart(9),
      breakdown(run.summary).padStart(36),
      String(run.summary.redated).padStart(8),
      os.loadavg()[0]!.toFixed(1).padStart(5),
      peakMiB().toFixed(0).padStart(12),
    ];
    console.log(cells.join('  '));
  }
  const first = rows[0]!;
  const end = rows[rows.length - 1]!;
  console.log(`\nat ${end.size} against 0: wall ${(end.run.seconds / first.run.seconds).toFixed(2)}x, CPU ${(end.run.cpu / first.run.cpu).toFixed(2)}x; each beside its empty-store baseline: wall ${(end.run.seconds / end.baseline!.seconds).toFixed(2)}x and CPU ${(end.run.cpu / end.baseline!.cpu).toFixed(2)}x at ${end.size}, wall ${(first.run.seconds / first.baseline!.seconds).toFixed(2)}x and CPU ${(first.run.cpu / first.baseline!.cpu).toFixed(2)}x at 0`);
  const counts = await store.counts();
  console.log(`store: ${counts.articles} articles, ${counts.entities} entities, ${counts.events} events, ${counts.edges} edges; peak RSS ${peakMiB().toFixed(0)} MiB`);

  const one = files.slice(total, total + 1);
  const into = await timed(() => ingest(one, store));
  const alone = await timed(async () => withStore(await stores.empty(), (s) => ingest(one, s)));
  if (into.summary.ingested !== 1 || alone.summary.ingested !== 1) throw new Error(`the extra article was not ingested: ${JSON.stringify(into.summary.skipped)}`);
  console.log(`one more article into the store of ${counts.articles}: ${into.seconds.toFixed(2)} s wall, ${into.cpu.toFixed(2)} s CPU (${into.summary.counts.events - counts.events} events more); the same article into an empty store: ${alone.seconds.toFixed(2)} s wall, ${alone.cpu.toFixed(2)} s CPU`);
  await store.close();
} finally {
  await pool?.close();
  for (const server of servers) await server.stop();
  await rm(root, { recursive: true, force: true });
}

async function writeArticles(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const out: string[] = [];
  for (const a of newsArticles({ count, seed })) {
    const file = path.join(dir, a.name);
    await writeFile(file, a.text);
    out.push(file);
  }
  return out;
}

/** The store under test and empty ones beside it (Neo4j: a second server, wiped before each use). */
async function storeMaker(kind: 'memory' | 'neo4j', dir: string): Promise<{ main: () => Promise<GraphStore>; empty: () => Promise<GraphStore> }> {
  let next = 0;
  if (kind === 'memory') {
    return { main: () => openMemoryStore(path.join(dir, 'store')), empty: () => openMemoryStore(path.join(dir, `empty-${next++}`)) };
  }
  const main = await startNeo4j({ dataDir: path.join(dir, 'neo4j-main'), detached: false, heap: '2g', pagecache: '1g' });
  servers.push(main);
  const spare = await startNeo4j({ dataDir: path.join(dir, 'neo4j-empty'), detached: false, heap: '1g', pagecache: '256m' });
  servers.push(spare);
  return {
    main: () => openNeo4jStore({ uri: main.uri }),
    empty: async () => {
      // wipe.cypher deletes in batches (CALL ... IN TRANSACTIONS): auto-commit statements only.
      const driver = neo4j.driver(spare.uri);
      const session = driver.session();
      try {
        for (const statement of cypherStatements('wipe')) await session.run(statement);
      } finally {
        await session.close();
        await driver.close();
      }
      return openNeo4jStore({ uri: spare.uri });
    },
  };
}

async function withStore<T>(store: GraphStore, use: (store: GraphStore) => Promise<T>): Promise<T> {
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

interface Timed {
  seconds: number;
  /** CPU seconds of the process (user and system, every thread). */
  cpu: number;
  summary: IngestSummary;
}

async function timed(run: () => Promise<IngestSummary>): Promise<Timed> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const summary = await run();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6, summary };
}

function breakdown(summary: IngestSummary): string {
  const { extract, resolve, write } = summary.timings;
  return [extract, resolve, write].map((ms) => (ms / 1000).toFixed(2)).join(' / ');
}

function peakMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
