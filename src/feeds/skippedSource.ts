// A read that gave nothing: one Skipped entry whose reason names the source, as every reader's do.
// Example: skippedSource('https://x.org/a', 'HTTP 404 Not Found')
//   -> { articles: [], skipped: [{ source: 'https://x.org/a', reason: 'https://x.org/a: HTTP 404 Not Found' }] }
import type { ReadResult } from '../read/readResult.js';

export function skippedSource(source: string, reason: string): ReadResult {
  return { articles: [], skipped: [{ source, reason: `${source}: ${reason}` }] };
}
