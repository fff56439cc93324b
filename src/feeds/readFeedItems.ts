// A feed's items -> articles. Items the store already holds (by their link, or feed#guid for an
// item without one: GraphStore.knownUrls) are left alone, unfetched. An item whose content holds
// at least minContentWords words is taken as the full text; a shorter one is a teaser, and the
// page at its link is fetched (politely: the fetcher queues requests per host) and read. An item
// with neither a link nor content is skipped with the reason.
// Example: await readFeedItems(parsed.items, { fetcher, knownUrls: (u) => store.knownUrls(u) })
//   -> { articles: [...new items], skipped: [...], known: ['https://x.org/old-item'] }
import type { FeedItem } from '../read/feeds/parseFeed.js';
import { readFeedContent } from '../read/feeds/readFeedContent.js';
import type { PoliteFetcher } from '../read/fetch/politeFetcher.js';
import { mergeReads } from '../read/mergeReads.js';
import type { WebRead } from './webRead.js';
import { readFetchedPage } from './readFetchedPage.js';
import { skippedSource } from './skippedSource.js';

export interface FeedItemsOptions {
  fetcher: PoliteFetcher;
  /** Which of these URLs the store already holds (GraphStore.knownUrls). */
  knownUrls: (urls: string[]) => Promise<string[]>;
  /** Feed content this long or longer is the full text; shorter content is a teaser (default 150 words). */
  minContentWords?: number;
  /** Called when a page fetch is scheduled (+1 to total) and when it is done (+1 to done). */
  onFetch?: (event: 'scheduled' | 'done') => void;
}

const FEED_ITEM_DEFAULTS = { minContentWords: 150 };

export async function readFeedItems(items: readonly FeedItem[], options: FeedItemsOptions): Promise<WebRead> {
  const { minContentWords } = { ...FEED_ITEM_DEFAULTS, ...options };
  const known = new Set(await options.knownUrls(items.map((item) => item.key)));
  const reads = await Promise.all(
    items
      .filter((item) => !known.has(item.key))
      .map(async (item) => {
        const own = item.content ? readFeedContent(item) : null;
        if (own && own.result.articles.length > 0 && (own.words >= minContentWords || !item.link)) return own.result;
        if (!item.link) return own?.result ?? skippedSource(item.key, 'feed item without a link or content');
        options.onFetch?.('scheduled');
        const outcome = await options.fetcher.fetch(item.link);
        options.onFetch?.('done');
        return readFetchedPage(outcome, { source: item.link, ...(item.title ? { title: item.title } : {}), date: item.published });
      }),
  );
  return { ...mergeReads(reads), known: items.filter((item) => known.has(item.key)).map((item) => item.key) };
}
