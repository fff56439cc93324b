// What reading from the web gives: the articles and skipped inputs of any reader, plus the URLs
// (or feed item keys) left alone because the store already holds an article from them.
import type { ReadResult } from '../read/readResult.js';

export interface WebRead extends ReadResult {
  known: string[];
}

/**
 * Several reads as one, in order. An article whose text (id) came earlier is skipped as a duplicate
 * naming the earlier source; the same URL read twice in one run (given directly and as a feed
 * item) is simply kept once.
 */
export function mergeReads(reads: readonly (ReadResult & Partial<WebRead>)[]): WebRead {
  const merged: WebRead = { articles: [], skipped: [], known: [] };
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
    merged.known.push(...(read.known ?? []));
  }
  return merged;
}
