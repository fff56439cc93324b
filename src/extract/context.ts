// The read-only context one article is extracted in: its id and the reference date that
// relative time expressions resolve against. No extractor reads the clock.
import type { Article } from '../model/index.js';

export interface ExtractContext {
  readonly articleId: string;
  /** ISO date (YYYY-MM-DD) relative expressions resolve against, or null if the article is undated. */
  readonly reference: string | null;
}

/** The reference day of an article: the latest day of its publication interval, or null. */
export function contextFor(article: Article, reference?: string | null): ExtractContext {
  return Object.freeze({
    articleId: article.id,
    reference: reference !== undefined ? reference : (article.publishedAt?.latest ?? null),
  });
}
