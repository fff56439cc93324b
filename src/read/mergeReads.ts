// Several reads as one, in order: every reader's articles and skipped inputs. An article whose
// text (id) came earlier is skipped as a duplicate naming the earlier source; the same source read
// twice in one run (a URL given directly and again as a feed item) is simply kept once.
// Example: mergeReads([{ articles: [a], skipped: [] }, { articles: [sameTextAsA], skipped: [s] }])
//   -> { articles: [a], skipped: [{ source: sameTextAsA.source, reason: '…: same text as a.txt (article:…)' }, s] }
import type { ReadResult } from './readResult.js';

export function mergeReads(reads: readonly ReadResult[]): ReadResult {
  const merged: ReadResult = { articles: [], skipped: [] };
  const firstSource = new Map<string, string>();
  for (const read of reads) {
    for (const article of read.articles) {
      const earlier = firstSource.get(article.id);
      if (earlier === article.source) continue;
      if (earlier !== undefined) {
        merged.skipped.push({ source: article.source, reason: `${article.source}: same text as ${earlier} (${article.id})` });
        continue;
      }
      firstSource.set(article.id, article.source);
      merged.articles.push(article);
    }
    merged.skipped.push(...read.skipped);
  }
  return merged;
}
