// Extracts a batch of articles for ingest (the CLI's and the API's): each article through
// extractArticle; one whose extraction throws is reported as skipped (source and reason) and the
// others go on, as the conventions ask of bad input.
//
//   extractArticles([a, broken]) -> { extracted: [extraction of a], skipped: [{ source: broken.source, reason: 'extraction failed: ...' }] }
import type { Article, Skipped } from '../model/index.js';
import { extractArticle, type ArticleExtraction } from './pipeline.js';

export function extractArticles(articles: readonly Article[]): { extracted: ArticleExtraction[]; skipped: Skipped[] } {
  const extracted: ArticleExtraction[] = [];
  const skipped: Skipped[] = [];
  for (const article of articles) {
    try {
      extracted.push(extractArticle(article));
    } catch (error) {
      skipped.push({ source: article.source, reason: `extraction failed: ${(error as Error).message}` });
    }
  }
  return { extracted, skipped };
}
