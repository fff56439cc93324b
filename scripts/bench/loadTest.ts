// Load test (npm run bench:load; not a test): the GraphQL server over a generated graph of --events
// events (100,000 by default, syntheticGraph.ts) in the embedded store, in a process of its own on
// 127.0.0.1; one client sends the most expensive requests the complexity limit accepts
// (costlyQueries.ts: each costly field aliased with distinct arguments up to the limit, in turn)
// back to back, while another sends small queries back to back. Bounded: --duration seconds of
// load (and at most --max-requests per client), after --duration seconds of the small queries
// alone as the baseline. Prints the heavy client's requests per second and latencies, and the small
// queries' p50 / p99 alone and under load.
//
//   npm run bench:load -- --events 100000 --duration 30
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from '../../src/api/createServer.js';
import { openMemoryStore } from '../../src/store/memory/memoryStore.js';
import { heaviest } from './costlyQueries.js';
import { syntheticGraph } from './syntheticGraph.js';

const { values } = parseArgs({
  options: {
    serve: { type: 'boolean', default: false },
    events: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '30' },
    'max-requests': { type: 'string', default: '100000' },
  },
});
const events = Number(values.events);
const durationMs = Number(values.duration) * 1000;
const maxRequests = Number(values['max-requests']);
const HEAVY_FIELDS = ['betweenSummits', 'encounters', 'timeline', 'path', 'search', 'events'];
const LIGHT = ['{ entity(name: "Person 12") { id name } }', '{ events(first: 10) { edges { node { id title } } } }', '{ event(id: "event:000100") { title when { earliest } } }'];

if (values.serve) await serve();
else await run();

/** The child: the store with the generated graph and the server over it; sends its URL, stops when told. */
async function serve(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-load-'));
  const store = await openMemoryStore(dir);
  await store.write(syntheticGraph({ events }));
  const server = await createServer(store, { port: 0, host: '127.0.0.1' });
  const stop = async (): Promise<void> => {
    await server.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('message', () => void stop());
  process.on('disconnect', () => void stop());
  process.send?.({ url: server.graphqlUrl });
}

async function run(): Promise<void> {
  console.log(`newsgraph load test: ${events} generated events, embedded store; ${durationMs / 1000} s alone, then ${durationMs / 1000} s under load; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
  const heavy = HEAVY_FIELDS.map((field) => ({ field, ...heaviest(field) }));
  for (const h of heavy) console.log(`heaviest accepted request of ${h.field}: ${h.copies} aliased copies, estimated cost ${h.cost}`);
  const child = fork(fileURLToPath(import.meta.url), ['--serve', '--events', String(events)], { execArgv: process.execArgv, stdio: 'inherit' });
  try {
    const { url } = await new Promise<{ url: string }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { url: string }));
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
    });
    const alone = await client(url, (i) => LIGHT[i % LIGHT.length]!, Date.now() + durationMs);
    console.log(`\nsmall queries alone: ${alone.latencies.length} requests, p50 ${pct(alone.latencies, 50)} ms, p99 ${pct(alone.latencies, 99)} ms`);
    const until = Date.now() + durationMs;
    const [load, light] = await Promise.all([client(url, (i) => heavy[i % heavy.length]!.query, until), client(url, (i) => LIGHT[i % LIGHT.length]!, until)]);
    const seconds = durationMs / 1000;
    console.log(`heavy client: ${load.latencies.length} requests in ${seconds} s (${(load.latencies.length / seconds).toFixed(1)} per second), p50 ${pct(load.latencies, 50)} ms, p99 ${pct(load.latencies, 99)} ms, max ${pct(load.latencies, 100)} ms; ${load.errors} errors`);
    console.log(`small queries under load: ${light.latencies.length} requests, p50 ${pct(light.latencies, 50)} ms, p99 ${pct(light.latencies, 99)} ms, max ${pct(light.latencies, 100)} ms; ${light.errors} errors`);
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** One client: requests back to back until `until` (or maxRequests), each timed; errors counted. */
async function client(url: string, query: (i: number) => string, until: number): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  for (let i = 0; Date.now() < until && i < maxRequests; i++) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query(i) }) });
    const body = (await response.json()) as { errors?: unknown[] };
    latencies.push(performance.now() - started);
    if (response.status !== 200 || body.errors) {
      errors++;
      if (errors === 1) console.error(`first error (HTTP ${response.status}): ${JSON.stringify(body.errors).slice(0, 300)}`);
    }
  }
  return { latencies, errors };
}

function pct(xs: number[], p: number): string {
  if (xs.length === 0) return '-';
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1);
}
