// ingestArticles: articles given as text over GraphQL go the way `newsgraph ingest` takes files
// (src/ingest.ts): cleaned by the read stage (cleanArticle: a `date` header, a dateline, the title
// line), extracted (extractArticle), resolved against the store (resolveBatch), and written as one
// GraphChange together with the audit entry. An article whose id (hash of its cleaned text) the store
// holds is left alone; one that cannot be read or extracted is reported as skipped. A publishedAt
// given by the caller (YYYY-MM-DD) is taken as the publication day (dateSource 'given').
//
//   ingestArticles(store, { actor: 'feed', at: '2026-01-01T00:00:00.000Z' }, [{ id: 'wire-1', text: 'SEOUL, June 30 (Reuters) - Trump met Kim ...' }])
//     -> { read: 1, ingested: 1, unchanged: 0, skipped: [], articles: [...], audit: { id: 'audit:3', action: 'INGEST', ... } }
import type { Article, Skipped } from '../model/index.js';
import { extractArticles } from '../extract/extractArticles.js';
import { cleanArticle } from '../read/cleanArticle.js';
import { isoDaySpan } from '../read/isoDaySpan.js';
import { freshArticles } from '../resolve/freshArticles.js';
import { resolveBatch } from '../resolve/resolveBatch.js';
import type { AuditEntry, GraphStore } from '../store/graphStore.js';
import { auditEntry, type Editor } from './auditEntry.js';
import { underEditLock } from './editLock.js';
import type { ArticleInput } from './generated/resolvers-types.js';
import { badUserInput } from './userErrors.js';

export const MAX_INGEST_ARTICLES = 50;

export interface IngestResult {
  read: number;
  ingested: number;
  unchanged: number;
  skipped: Skipped[];
  articles: Article[];
  audit: AuditEntry;
}

export function ingestArticles(store: GraphStore, editor: Editor, inputs: readonly ArticleInput[]): Promise<IngestResult> {
  if (inputs.length === 0 || inputs.length > MAX_INGEST_ARTICLES) throw badUserInput(`articles: give 1 to ${MAX_INGEST_ARTICLES} articles, got ${inputs.length}`);
  const read: Article[] = [];
  const skipped: Skipped[] = [];
  inputs.forEach((input, i) => {
    const source = input.id ?? `input:${i + 1}`;
    const given = input.publishedAt === null || input.publishedAt === undefined ? null : publicationDay(input.publishedAt, i);
    const result = cleanArticle({ source, text: input.text, ...(input.title ? { title: input.title } : {}), ...(input.url ? { url: input.url } : {}) });
    skipped.push(...result.skipped);
    for (const article of result.articles) read.push(given ? { ...article, publishedAt: given, dateSource: 'given' } : article);
  });

  return underEditLock(store, async () => {
    const { fresh, known } = await freshArticles(store, read);
    const { extracted, skipped: failed } = extractArticles(fresh);
    skipped.push(...failed);
    const { change } = await resolveBatch(extracted, store);
    const audit = await auditEntry(store, editor, 'INGEST', {
      articles: change.articles.map((a) => a.id), unchanged: [...known], skipped: skipped.map((s) => s.source), events: change.events.map((e) => e.id), removedEvents: change.removeEvents,
    });
    await store.write({ ...change, audit: [audit] });
    const written = new Set(extracted.map((x) => x.article.id));
    return { read: inputs.length, ingested: written.size, unchanged: known.size, skipped, articles: change.articles.filter((a) => written.has(a.id)), audit };
  });
}

function publicationDay(text: string, index: number): NonNullable<Article['publishedAt']> {
  const span = isoDaySpan(text.trim());
  if (!span) throw badUserInput(`articles[${index}].publishedAt: expected a day YYYY-MM-DD, got "${text}"`);
  return span;
}
