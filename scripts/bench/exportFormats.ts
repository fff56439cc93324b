// Export benchmark (not a timed test): a generated graph (syntheticGraph.ts) written to a fresh
// embedded store, then, in the same process, the baseline (graphology's own JSON serialisation of
// the loaded export graph: the cheapest way to write it out) beside each stage of an export:
// loading the graph through the store (loadExportGraph), laying it out (ForceAtlas2), and writing
// every format. Prints milliseconds, the sizes and the ratio to the baseline.
//
//   npx tsx scripts/bench/exportFormats.ts                 (20,000 events)
//   npx tsx scripts/bench/exportFormats.ts --events 5000
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { layoutExportGraph } from '../../src/export/layoutExportGraph.js';
import { loadExportGraph } from '../../src/export/loadExportGraph.js';
import { toCsv } from '../../src/export/toCsv.js';
import { toCytoscape } from '../../src/export/toCytoscape.js';
import { toGexf } from '../../src/export/toGexf.js';
import { toGraphml } from '../../src/export/toGraphml.js';
import { openMemoryStore } from '../../src/store/memory/memoryStore.js';
import { syntheticGraph } from './syntheticGraph.js';

const { values: args } = parseArgs({ options: { events: { type: 'string', default: '20000' } } });
const EVENTS = Number(args.events);

const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-export-'));
try {
  const store = await openMemoryStore(dir);
  const time = <T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> => {
    const started = performance.now();
    return Promise.resolve(run()).then((value) => ({ ms: performance.now() - started, value }));
  };
  const written = await time(() => store.write(syntheticGraph({ events: EVENTS })));
  console.log(`store     write the generated graph       ${written.ms.toFixed(0).padStart(7)} ms`);
  const load = await time(() => loadExportGraph(store, {}));
  const graph = load.value;
  const baseline = await time(() => JSON.stringify(graph.export()));
  console.log(`graph: ${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} edges (${EVENTS.toLocaleString('en')} generated events)`);
  console.log(`baseline  JSON.stringify(graph.export())  ${baseline.ms.toFixed(0).padStart(7)} ms  ${mb(baseline.value.length)}`);
  console.log(`load      loadExportGraph (memory store)  ${load.ms.toFixed(0).padStart(7)} ms  ${(load.ms / baseline.ms).toFixed(1)}x baseline`);
  const layout = await time(() => layoutExportGraph(graph));
  console.log(`layout    ForceAtlas2                     ${layout.ms.toFixed(0).padStart(7)} ms  ${(layout.ms / baseline.ms).toFixed(1)}x baseline`);
  const writers: [string, () => string][] = [
    ['gexf', () => toGexf(graph)],
    ['graphml', () => toGraphml(graph)],
    ['cytoscape', () => toCytoscape(graph)],
    ['csv', () => Object.values(toCsv(graph)).join('')],
  ];
  for (const [name, write] of writers) {
    const result = await time(write);
    console.log(`${name.padEnd(9)} write                           ${result.ms.toFixed(0).padStart(7)} ms  ${mb(result.value.length)}  ${(result.ms / baseline.ms).toFixed(1)}x baseline`);
  }
  await store.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}

function mb(chars: number): string {
  return `${(chars / 1e6).toFixed(1)} M chars`;
}
