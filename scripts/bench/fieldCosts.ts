// What each GraphQL field that does work costs on a large graph (not a test): a generated graph
// of --events events (100,000 by default, syntheticGraph.ts) in the embedded store, each field run
// in-process (executeQuery, limits off) with ordinary and with its most expensive arguments, the
// median of --runs runs in milliseconds; beside them a baseline, one event by id. The costs of
// src/api/fieldCosts.ts are set from these figures: run this after changing a store or a resolver.
//
//   npx tsx scripts/bench/fieldCosts.ts --events 100000 --runs 7
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { executeQuery } from '../../src/api/executeQuery.js';
import { queryCost } from '../../src/api/queryCost.js';
import { apiSchema } from '../../src/api/apiSchema.js';
import { openMemoryStore } from '../../src/store/memory/memoryStore.js';
import { syntheticGraph } from './syntheticGraph.js';
import { costlyQueries } from './costlyQueries.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, runs: { type: 'string', default: '7' } } });
const events = Number(values.events);
const runs = Number(values.runs);

const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-field-costs-'));
try {
  const store = await openMemoryStore(dir);
  const started = performance.now();
  await store.write(syntheticGraph({ events }));
  console.log(`graph: ${events} generated events written in ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${os.loadavg()[0]!.toFixed(1)}`);
  const limits = { maxComplexity: Number.POSITIVE_INFINITY, maxDepth: 100, timeoutMs: 600_000 };
  console.log('\nfield, arguments                                                  ms (median)  estimated cost  ms per 1,000 cost');
  for (const { name, query } of costlyQueries()) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const response = await executeQuery(store, query, undefined, undefined, limits);
      times.push(performance.now() - t);
      if (response.errors) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
    }
    const ms = times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
    const cost = queryCost(apiSchema(), query);
    console.log(`${name.padEnd(64)} ${ms.toFixed(1).padStart(11)}  ${String(cost).padStart(14)}  ${((ms / Math.max(cost, 1)) * 1000).toFixed(1).padStart(17)}`);
  }
  await store.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
