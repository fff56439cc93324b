// URLs and feed files -> articles, for `newsgraph ingest URL... FEED.xml`. A URL the store already
// holds an article from is not fetched again. Every other URL is fetched (PoliteFetcher: one
// request at a time per host, bounded, timed, capped) and read by what it turns out to be: an
// HTML page becomes one article; an RSS or Atom feed gives its items (readFeedItems). A local
// feed file (.xml, .rss, .atom) gives its items the same way. Failures are Skipped entries with
// the URL or file and the reason; the others go on.
// Example: await readWeb({ urls: ['https://x.org/2019/06/30/talks', 'https://x.org/feed.xml'], feedFiles: [] }, { fetcher, knownUrls })
//   -> { articles: [the page, the feed's new items], skipped: [...], known: [...] }
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../read/feeds/parseFeed.js';
import { bodyKind } from '../read/fetch/bodyKind.js';
import { decodeXml } from '../read/fetch/decodeBody.js';
import type { ReadResult } from '../read/readResult.js';
import { mergeReads } from '../read/mergeReads.js';
import type { WebRead } from './webRead.js';
import { readFeedItems, type FeedItemsOptions } from './readFeedItems.js';
import { readFetchedPage } from './readFetchedPage.js';
import { skippedSource } from './skippedSource.js';

export interface WebInputs {
  urls: string[];
  feedFiles: string[];
}

export interface ReadWebOptions extends Omit<FeedItemsOptions, 'onFetch'> {
  /** Fetches done and fetches known so far (the total grows as feeds reveal their items). */
  onProgress?: (done: number, total: number) => void;
}

async function readFeedXml(xml: string, base: string, source: string, options: FeedItemsOptions): Promise<WebRead> {
  const feed = parseFeed(xml, base);
  if ('reason' in feed) return { ...skippedSource(source, feed.reason), known: [] };
  return readFeedItems(feed.items, options);
}

async function readFeedFile(file: string, options: FeedItemsOptions): Promise<ReadResult | WebRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return skippedSource(file, code === 'ENOENT' ? 'no such file' : `cannot read file (${(error as Error).message})`);
  }
  return readFeedXml(decodeXml(bytes, undefined), pathToFileURL(file).href, file, options);
}

export async function readWeb(inputs: WebInputs, options: ReadWebOptions): Promise<WebRead> {
  let done = 0;
  let total = 0;
  const onFetch = (event: 'scheduled' | 'done') => {
    if (event === 'scheduled') total++;
    else done++;
    options.onProgress?.(done, total);
  };
  const itemOptions: FeedItemsOptions = { ...options, onFetch };
  const urls = [...new Set(inputs.urls)];
  const known = new Set(await options.knownUrls(urls));
  const reads = await Promise.all([
    ...inputs.feedFiles.map((file) => readFeedFile(file, itemOptions)),
    ...urls
      .filter((url) => !known.has(url))
      .map(async (url): Promise<ReadResult | WebRead> => {
        onFetch('scheduled');
        const outcome = await options.fetcher.fetch(url);
        onFetch('done');
        if (outcome.kind === 'ok' && bodyKind(outcome.mediaType, outcome.body) === 'feed') {
          return readFeedXml(decodeXml(outcome.body, outcome.charset), outcome.url, url, itemOptions);
        }
        return readFetchedPage(outcome, { source: url });
      }),
  ]);
  const fromFeeds = reads.flatMap((read) => ('known' in read ? read.known : []));
  return { ...mergeReads(reads), known: [...new Set([...urls.filter((url) => known.has(url)), ...fromFeeds])] };
}
