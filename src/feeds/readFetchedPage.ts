// One fetched article page -> a ReadResult: a failed fetch, a body that is no HTML page, or a page
// readability cannot read is a Skipped entry naming the URL and the reason; an HTML page is
// decoded in its declared charset and read by readHtml with the URL it came from (after
// redirects) and, for a feed item, the item's title and day as what the page came with.
// Example: readFetchedPage({ kind: 'failed', requested: 'https://x.org/a', reason: 'HTTP 404 Not Found', … }, { source: 'https://x.org/a' })
//   -> { articles: [], skipped: [{ source: 'https://x.org/a', reason: 'https://x.org/a: HTTP 404 Not Found' }] }
import { bodyKind } from '../read/fetch/bodyKind.js';
import { decodeHtml } from '../read/fetch/decodeBody.js';
import type { FetchOutcome } from '../read/fetch/fetchOutcome.js';
import { readHtml, type GivenWithPage } from '../read/readHtml.js';
import type { ReadResult } from '../read/readResult.js';
import { skippedSource } from './skippedSource.js';

export function readFetchedPage(outcome: FetchOutcome, given: Omit<GivenWithPage, 'url'> & { source: string }): ReadResult {
  const { source, ...fromFeed } = given;
  if (outcome.kind === 'failed') return skippedSource(source, outcome.reason);
  if (outcome.kind === 'notModified') return skippedSource(source, 'not modified since the last fetch');
  const kind = bodyKind(outcome.mediaType, outcome.body);
  if (kind === 'feed') return skippedSource(source, 'a feed where an article page was expected');
  if (kind !== 'html') return skippedSource(source, kind.reason);
  try {
    return readHtml(decodeHtml(outcome.body, outcome.charset), source, { url: outcome.url, ...fromFeed });
  } catch (error) {
    // A reader bug or a pathological page must not cost the other pages.
    return skippedSource(source, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
