// The read-only context one article is extracted in: its id, its cleaned text and the reference
// date that relative time expressions resolve against. No extractor reads the clock.
import type { Article, TimeSpan } from '../model/index.js';

export interface ExtractContext {
  readonly articleId: string;
  /** The article's cleaned text; every span indexes into it. */
  readonly text: string;
  /** ISO date (YYYY-MM-DD) relative expressions resolve against, or null if the article is undated. */
  readonly reference: string | null;
  /** The article's publication interval (stated or inferred), for what the text tells as happening as it is written. */
  readonly published?: TimeSpan | null;
}

/** The context of an article: by default its reference day is the last day of its publication interval. */
export function contextFor(article: Article, reference?: string | null): ExtractContext {
  return Object.freeze({
    articleId: article.id,
    text: article.text,
    reference: reference !== undefined ? reference : (article.publishedAt?.latest ?? null),
    published: article.publishedAt ?? null,
  });
}
