// Follows feeds: every `everyMs` each feed is polled (pollFeed: conditional GET, new items only,
// atomic batches), feeds on different hosts at once, one request at a time per host with the
// fetcher's delays and backoff (429/5xx, Retry-After) carried from one poll to the next. Ingests
// run one at a time (and inside `exclusive`, the API's edit lock under `serve --watch`). Each poll
// of a feed logs one line (pollLine). The signal stops it: fetches under way are abandoned, an
// ingest batch under way is finished, and the promise resolves once nothing is being written.
// An error of one feed's poll (say the store is unreachable) is logged and the others go on.
//
//   const controller = new AbortController();
//   process.on('SIGINT', () => controller.abort());
//   await watchFeeds(['https://x.org/feed.xml'], store, { everyMs: 15 * 60_000, dataDir: '.newsgraph', signal: controller.signal });
import { setTimeout as delay } from 'node:timers/promises';
import type { FetchOptions } from '../read/fetch/fetchOptions.js';
import { PoliteFetcher } from '../read/fetch/politeFetcher.js';
import type { GraphStore } from '../store/graphStore.js';
import { FeedState } from './feedState.js';
import type { Exclusive } from './ingestRead.js';
import { pollFeed } from './pollFeed.js';
import { pollLine } from './pollLine.js';

export interface WatchOptions {
  /** Time from the start of one round of polls to the start of the next. */
  everyMs: number;
  /** Stop after this many rounds (default: until the signal). */
  polls?: number;
  /** Where feeds.json (FeedState) lives. */
  dataDir: string;
  fetch?: Partial<FetchOptions>;
  exclusive?: Exclusive;
  signal?: AbortSignal;
  log?: (line: string) => void;
  minContentWords?: number;
  /** The clock of the log lines and of feeds.json; the system clock by default. */
  now?: () => Date;
}

export interface WatchSummary {
  rounds: number;
  stopped: boolean;
}

/** One at a time, each inside `outer`. */
function serialized(outer: Exclusive): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => outer(work));
    tail = run.catch(() => undefined);
    return run;
  };
}

export async function watchFeeds(feeds: readonly string[], store: GraphStore, options: WatchOptions): Promise<WatchSummary> {
  const { signal } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date(Date.now()));
  const state = await FeedState.open(options.dataDir);
  const fetcher = new PoliteFetcher({ ...options.fetch, ...(signal ? { signal } : {}) });
  const context = {
    store,
    fetcher,
    state,
    exclusive: serialized(options.exclusive ?? ((work) => work())),
    now,
    ...(signal ? { signal } : {}),
    ...(options.minContentWords !== undefined ? { minContentWords: options.minContentWords } : {}),
  };
  let rounds = 0;
  while (!signal?.aborted) {
    rounds++;
    const started = Date.now();
    await Promise.all(
      [...new Set(feeds)].map(async (feed) => {
        try {
          for (const line of pollLine(rounds, await pollFeed(feed, context), now())) log(line);
        } catch (error) {
          if (!signal?.aborted) log(`${now().toISOString()} poll ${rounds} ${feed}: error: ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
    if (signal?.aborted || (options.polls !== undefined && rounds >= options.polls)) break;
    try {
      await delay(Math.max(0, started + options.everyMs - Date.now()), undefined, signal ? { signal } : {});
    } catch {
      break; // stopped while waiting for the next round
    }
  }
  return { rounds, stopped: signal?.aborted ?? false };
}
