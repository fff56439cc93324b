// `newsgraph ingest` over any mix of inputs: local files and folders go through ingest() as
// always; http(s) URLs (pages or feeds) and local feed files (.xml, .rss, .atom) are read by
// readWeb and written by ingestRead. One summary for all of them.
// Example: await ingestWeb(['examples/articles', 'https://x.org/feed.xml'], store, { fetch: {} })
//   -> { read: 9, ingested: 7, unchanged: 2, skipped: [...], counts }
import { ingest, type IngestSummary } from '../ingest.js';
import { PoliteFetcher } from '../read/fetch/politeFetcher.js';
import type { FetchOptions } from '../read/fetch/fetchOptions.js';
import type { Skipped } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { ingestRead } from './ingestRead.js';
import { isHttpUrl } from './readUrlList.js';
import { readWeb } from './readWeb.js';

const FEED_FILE_EXTENSIONS: readonly string[] = Object.freeze(['.xml', '.rss', '.atom']);

export interface IngestWebOptions {
  fetch?: Partial<FetchOptions>;
  /** Inputs already found bad (a URL list's bad lines): reported with the others. */
  skipped?: Skipped[];
  onProgress?: (stage: 'read' | 'fetch' | 'ingest', done: number, total: number) => void;
}

export async function ingestWeb(inputs: readonly string[], store: GraphStore, options: IngestWebOptions = {}): Promise<IngestSummary> {
  const urls = inputs.filter(isHttpUrl);
  const feedFiles = inputs.filter((input) => !isHttpUrl(input) && FEED_FILE_EXTENSIONS.some((ext) => input.toLowerCase().endsWith(ext)));
  const paths = inputs.filter((input) => !urls.includes(input) && !feedFiles.includes(input));
  const files: IngestSummary | null = paths.length > 0 ? await ingest(paths, store, options.onProgress ? { onProgress: options.onProgress } : {}) : null;
  const read = await readWeb({ urls, feedFiles }, {
    fetcher: new PoliteFetcher(options.fetch),
    knownUrls: (list) => store.knownUrls(list),
    onProgress: (done, total) => options.onProgress?.('fetch', done, total),
  });
  const web = await ingestRead(read, store, { onProgress: (done, total) => options.onProgress?.('ingest', done, total) });
  return {
    read: (files?.read ?? 0) + read.articles.length + read.known.length,
    ingested: (files?.ingested ?? 0) + web.ingested,
    unchanged: (files?.unchanged ?? 0) + web.unchanged + read.known.length,
    skipped: [...(options.skipped ?? []), ...(files?.skipped ?? []), ...web.skipped],
    counts: await store.counts(),
    timings: files?.timings ?? { extract: 0, resolve: 0, write: 0 },
    redated: (files?.redated ?? 0) + web.redated,
  };
}
