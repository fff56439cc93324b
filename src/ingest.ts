// Ingest: paths -> read -> extract -> resolve -> store, in batches of articles; each batch is
// one atomic store write. Extraction runs on all cores (extractPool.ts) a batch ahead of resolve,
// which writes behind it on the main thread, so extraction, resolve and writing overlap. Bad inputs
// are reported (file and reason) and never stop the run. An article whose id the store already
// holds is not ingested again, so a second run over the same input changes nothing.
//
//   const summary = await ingest(['examples/articles'], store, { onProgress });
//   summary.ingested, summary.skipped, summary.counts, summary.timings
import { availableParallelism } from 'node:os';
import type { Article, Skipped } from './model/index.js';
import { extractArticles } from './extract/extractArticles.js';
import { extractPool, type ExtractPool } from './extract/extractPool.js';
import { readSources } from './read/readSources.js';
import { freshArticles } from './resolve/freshArticles.js';
import { resolveBatch } from './resolve/resolveBatch.js';
import type { Counts, GraphStore } from './store/graphStore.js';

export interface IngestOptions {
  /** Articles per atomic write. */
  batchSize?: number;
  /**
   * Extraction threads; 0 extracts on the main thread. By default one per core, or none for fewer
   * articles than threads would pay for (a thread takes a fraction of a second to start).
   */
  workers?: number;
  /** A pool to extract with instead of starting one (and closing it) for this call: long-running callers keep one. */
  pool?: ExtractPool;
  onProgress?: (stage: 'read' | 'ingest', done: number, total: number) => void;
}

export interface IngestSummary {
  read: number;
  ingested: number;
  unchanged: number;
  skipped: Skipped[];
  counts: Counts;
  /** Milliseconds spent waiting for extraction, resolving and writing (the benchmark prints them). */
  timings: { extract: number; resolve: number; write: number };
  /** Stored articles dated anew by the new ones (and so extracted again). */
  redated: number;
}

const DEFAULTS = { batchSize: 50, minArticlesPerWorker: 4 };

export async function ingest(paths: string[], store: GraphStore, options: IngestOptions = {}): Promise<IngestSummary> {
  const { batchSize } = { ...DEFAULTS, ...options };
  const { articles, skipped } = await readSources(paths, { onProgress: (done, total) => options.onProgress?.('read', done, total) });
  const { fresh, known } = await freshArticles(store, articles);
  const workers = options.workers ?? (fresh.length >= DEFAULTS.minArticlesPerWorker * availableParallelism() ? availableParallelism() : 0);
  const own = !options.pool && workers > 0 ? extractPool(workers) : null;
  const pool = options.pool ?? own;
  const extract = (batch: readonly Article[]) => (pool ? pool.extract(batch) : Promise.resolve(extractArticles(batch)));
  const timings = { extract: 0, resolve: 0, write: 0 };
  let failed = 0;
  let redated = 0;
  try {
    const batches: Article[][] = [];
    for (let i = 0; i < fresh.length; i += batchSize) batches.push(fresh.slice(i, i + batchSize));
    let next = batches.length > 0 ? extract(batches[0] as Article[]) : undefined;
    let done = 0;
    for (let b = 0; b < batches.length; b++) {
      let started = performance.now();
      const { extracted, skipped: broken } = await (next as ReturnType<typeof extract>);
      timings.extract += performance.now() - started;
      // The next batch is extracted while this one is resolved and written.
      next = b + 1 < batches.length ? extract(batches[b + 1] as Article[]) : undefined;
      skipped.push(...broken);
      failed += broken.length;
      started = performance.now();
      const { change, stats } = await resolveBatch(extracted, store);
      timings.resolve += performance.now() - started;
      redated += stats.redated;
      started = performance.now();
      await store.write(change);
      timings.write += performance.now() - started;
      done += (batches[b] as Article[]).length;
      options.onProgress?.('ingest', done, fresh.length);
    }
  } finally {
    await own?.close();
  }
  return { read: articles.length, ingested: fresh.length - failed, unchanged: known.size, skipped, counts: await store.counts(), timings, redated };
}
