// What one batch decides about an article it writes (a new one, or a stored one that new evidence
// dates anew): its extraction as it now stands, how it was dated, and what it was before.
//
//   { x: extractionOf004, tier: 3, raw: { publishedAt: null, dateSource: 'none' }, inferred: {...}, stored: null }
import type { Article, EventFact, TimeSpan } from '../model/index.js';
import type { ArticleExtraction } from '../extract/pipeline.js';
import type { Report } from './replayClusters.js';
import type { ArticleRecord, Tier } from './resolveBook.js';

export interface ArticleState {
  /** The extraction as it now stands (read against the inferred date for tiers 2 and 3). */
  x: ArticleExtraction;
  tier: Tier;
  raw: ArticleRecord['raw'];
  inferred: TimeSpan | null;
  /** Tiers 3 and 4: the extraction without a date (what new evidence is weighed against). */
  rawX?: ArticleExtraction;
  /** The article's record before this batch; null for an article the store did not hold. */
  stored: ArticleRecord | null;
}

/** The article as the read stage gave it (before resolve dated it). */
export function rawArticle(article: Article, raw: ArticleRecord['raw']): Article {
  return { ...article, publishedAt: raw.publishedAt, dateSource: raw.dateSource };
}

/**
 * A stored article as dating reads it without extracting it again: its text, and the event reports
 * and titled names resolve recorded (none when dating needs only the text).
 */
export function recordedExtraction(article: Article, events: EventFact[] = [], titled: ArticleExtraction['mentions']['entities'] = []): ArticleExtraction {
  return { article, reference: null, sentences: [], mentions: { entities: titled, times: [], triggers: [] }, entities: [], events, eventMentions: [] };
}

/** The extraction's event reports, with its article's publication day. */
export function reportsOf(x: ArticleExtraction): Report[] {
  const published = x.article.publishedAt?.latest ?? '';
  return x.events.map((fact) => ({ fact, published }));
}

/** Whether two inferred spans are the same (null for none). */
export function sameSpan(a: TimeSpan | null, b: TimeSpan | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
