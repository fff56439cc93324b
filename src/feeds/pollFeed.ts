// One poll of one feed: a conditional GET with the validators remembered for it; 304 means nothing
// new. Otherwise the feed is parsed, its new items read (readFeedItems: items the store holds are
// not fetched) and ingested (ingestRead, in atomic batches), and only then are the feed's new
// validators remembered; if an item could not be read or a stop came first, the old validators
// stay, so the next poll fetches the whole feed and tries those items again. A stop while
// fetching throws the signal's reason (nothing is written); one while ingesting finishes the
// batch under way.
// Example: await pollFeed('https://x.org/feed.xml', context)
//   -> { feed, outcome: 'read', status: 200, items: 12, known: 10, ingested: 2, unchanged: 0, skipped: [], stopped: false, ms: 840 }
import type { Skipped } from '../model/index.js';
import { parseFeed } from '../read/feeds/parseFeed.js';
import { bodyKind } from '../read/fetch/bodyKind.js';
import { decodeXml } from '../read/fetch/decodeBody.js';
import type { PoliteFetcher } from '../read/fetch/politeFetcher.js';
import type { GraphStore } from '../store/graphStore.js';
import type { FeedState } from './feedState.js';
import { ingestRead, type Exclusive } from './ingestRead.js';
import { readFeedItems } from './readFeedItems.js';

export interface PollContext {
  store: GraphStore;
  fetcher: PoliteFetcher;
  state: FeedState;
  exclusive: Exclusive;
  signal?: AbortSignal;
  minContentWords?: number;
  /** The clock of checkedAt. */
  now: () => Date;
}

export interface PollReport {
  feed: string;
  /** read: the feed was fetched and its new items handled; notModified: 304; failed: see reason. */
  outcome: 'read' | 'notModified' | 'failed';
  status?: number;
  reason?: string;
  items: number;
  /** Items the store already held, left unfetched. */
  known: number;
  ingested: number;
  /** New items whose text the store already held (same article under another URL). */
  unchanged: number;
  skipped: Skipped[];
  /** A stop came before every new item was stored. */
  stopped: boolean;
  ms: number;
}

export async function pollFeed(feed: string, context: PollContext): Promise<PollReport> {
  const started = Date.now();
  const report = (fields: Partial<PollReport> & Pick<PollReport, 'outcome'>): PollReport => ({ feed, items: 0, known: 0, ingested: 0, unchanged: 0, skipped: [], stopped: false, ...fields, ms: Date.now() - started });
  const checkedAt = () => context.now().toISOString();
  const previous = context.state.validators(feed);
  const outcome = await context.fetcher.fetch(feed, previous);
  if (outcome.kind === 'notModified') {
    await context.state.remember(feed, { ...previous, checkedAt: checkedAt() });
    return report({ outcome: 'notModified', status: 304 });
  }
  if (outcome.kind === 'failed') return report({ outcome: 'failed', reason: outcome.reason, ...(outcome.status ? { status: outcome.status } : {}) });
  const kind = bodyKind(outcome.mediaType, outcome.body);
  if (kind === 'html') return report({ outcome: 'failed', status: outcome.status, reason: 'an HTML page, not a feed' });
  if (kind !== 'feed') return report({ outcome: 'failed', status: outcome.status, reason: kind.reason });
  const parsed = parseFeed(decodeXml(outcome.body, outcome.charset), outcome.url);
  if ('reason' in parsed) return report({ outcome: 'failed', status: outcome.status, reason: parsed.reason });

  const read = await readFeedItems(parsed.items, {
    fetcher: context.fetcher,
    knownUrls: (urls) => context.store.knownUrls(urls),
    ...(context.minContentWords !== undefined ? { minContentWords: context.minContentWords } : {}),
  });
  const ingest = await ingestRead(read, context.store, { exclusive: context.exclusive, ...(context.signal ? { signal: context.signal } : {}) });
  const complete = !ingest.stopped && read.skipped.length === 0;
  await context.state.remember(feed, complete ? { etag: outcome.etag, lastModified: outcome.lastModified, checkedAt: checkedAt() } : { ...previous, checkedAt: checkedAt() });
  return report({
    outcome: 'read',
    status: outcome.status,
    items: parsed.items.length,
    known: read.known.length,
    ingested: ingest.ingested,
    unchanged: ingest.unchanged,
    skipped: ingest.skipped,
    stopped: ingest.stopped,
  });
}
