// The articles of an ingest that the store does not hold yet, once each (by id); `known` are the
// ids the store already holds (left alone: re-ingesting changes nothing). Dated articles come first,
// then by id: the graph does not depend on the order (resolveBatch.ts), but batches do, and so the
// progress an ingest reports is the same from one run to the next.
//
//   await freshArticles(store, [undated, dated, alreadyStored]) -> { fresh: [dated, undated], known: Set { alreadyStored.id } }
import type { Article } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';

export async function freshArticles(store: GraphStore, articles: readonly Article[]): Promise<{ fresh: Article[]; known: Set<string> }> {
  const known = new Set((await store.articlesByIds(articles.map((a) => a.id))).map((a) => a.id));
  const fresh = [...new Map(articles.filter((a) => !known.has(a.id)).map((a) => [a.id, a])).values()];
  fresh.sort((a, b) => Number(!a.publishedAt) - Number(!b.publishedAt) || a.id.localeCompare(b.id));
  return { fresh, known };
}
