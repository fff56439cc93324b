// Ingest: paths -> read -> extract -> resolve -> store, in batches of articles; each batch is
// one atomic store write. Bad inputs are reported (file and reason) and never stop the run.
// An article whose id the store already holds is not ingested again, so a second run over the
// same input changes nothing.
import type { Skipped } from './model/index.js';
import { extractArticles } from './extract/extractArticles.js';
import { readSources } from './read/readSources.js';
import { freshArticles } from './resolve/freshArticles.js';
import { resolveBatch } from './resolve/resolveBatch.js';
import type { Counts, GraphStore } from './store/graphStore.js';

export interface IngestOptions {
  /** Articles per atomic write. */
  batchSize?: number;
  onProgress?: (stage: 'read' | 'ingest', done: number, total: number) => void;
}

export interface IngestSummary {
  read: number;
  ingested: number;
  unchanged: number;
  skipped: Skipped[];
  counts: Counts;
}

const DEFAULTS = { batchSize: 50 };

export async function ingest(paths: string[], store: GraphStore, options: IngestOptions = {}): Promise<IngestSummary> {
  const { batchSize } = { ...DEFAULTS, ...options };
  const { articles, skipped } = await readSources(paths, { onProgress: (done, total) => options.onProgress?.('read', done, total) });
  const { fresh, known } = await freshArticles(store, articles);
  let done = 0;
  for (let i = 0; i < fresh.length; i += batchSize) {
    const batch = fresh.slice(i, i + batchSize);
    const { extracted, skipped: failed } = extractArticles(batch);
    skipped.push(...failed);
    const { change } = await resolveBatch(extracted, store);
    await store.write(change);
    done += batch.length;
    options.onProgress?.('ingest', done, fresh.length);
  }
  return { read: articles.length, ingested: fresh.length - skipped.filter((s) => fresh.some((a) => a.source === s.source)).length, unchanged: known.size, skipped, counts: await store.counts() };
}
