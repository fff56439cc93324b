// Articles already read (from the web, a feed) -> the store, the way src/ingest.ts ingests files:
// the articles the store does not hold (freshArticles: by id, the hash of the cleaned text) go
// through extract and resolve in batches, each batch one atomic store write. `exclusive` runs each
// batch (check, resolve, write) alone: `serve --watch` passes the API's edit lock so a feed batch
// and an API mutation never interleave. A stop (signal) is honoured between batches only: the
// batch under way is finished, the rest abandoned, so the store never holds half a batch.
// This mirrors ingest()'s loop over the stages' own exported functions (freshArticles,
// extractArticles, resolveBatch) rather than reshaping ingest.ts.
//
//   const summary = await ingestRead(await readWeb(inputs, options), store);
//   // { ingested: 3, unchanged: 1, skipped: [...], abandoned: 0, stopped: false, redated: 0 }
import type { Skipped } from '../model/index.js';
import { extractArticles } from '../extract/extractArticles.js';
import type { ReadResult } from '../read/readResult.js';
import { freshArticles } from '../resolve/freshArticles.js';
import { resolveBatch } from '../resolve/resolveBatch.js';
import type { GraphStore } from '../store/graphStore.js';

export type Exclusive = <T>(work: () => Promise<T>) => Promise<T>;

export interface IngestReadOptions {
  /** Articles per atomic write. */
  batchSize?: number;
  /** Runs one batch alone (default: as it comes; the caller keeps batches from overlapping). */
  exclusive?: Exclusive;
  /** Checked before each batch. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestReadSummary {
  ingested: number;
  /** Articles whose text the store already held. */
  unchanged: number;
  /** The read's skipped inputs plus articles whose extraction failed. */
  skipped: Skipped[];
  /** Articles left for later because a stop came before their batch. */
  abandoned: number;
  stopped: boolean;
  /** Stored articles dated anew by the new ones (and so extracted again). */
  redated: number;
}

const DEFAULTS = { batchSize: 50, exclusive: ((work) => work()) as Exclusive };

export async function ingestRead(read: ReadResult, store: GraphStore, options: IngestReadOptions = {}): Promise<IngestReadSummary> {
  const { batchSize, exclusive } = { ...DEFAULTS, ...options };
  const skipped = [...read.skipped];
  const { fresh, known } = await freshArticles(store, read.articles);
  let ingested = 0;
  let unchanged = known.size;
  let done = 0;
  let redated = 0;
  for (let i = 0; i < fresh.length; i += batchSize) {
    if (options.signal?.aborted) return { ingested, unchanged, skipped, abandoned: fresh.length - done, stopped: true, redated };
    const batch = fresh.slice(i, i + batchSize);
    await exclusive(async () => {
      // Checked again under the lock: another writer may have stored some of these meanwhile.
      const { fresh: stillFresh, known: storedMeanwhile } = await freshArticles(store, batch);
      const { extracted, skipped: failed } = extractArticles(stillFresh);
      const { change, stats } = await resolveBatch(extracted, store);
      await store.write(change);
      redated += stats.redated;
      skipped.push(...failed);
      ingested += extracted.length;
      unchanged += storedMeanwhile.size;
    });
    done += batch.length;
    options.onProgress?.(done, fresh.length);
  }
  return { ingested, unchanged, skipped, abandoned: 0, stopped: false, redated };
}
