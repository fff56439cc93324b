// The whole graph a store holds, as plain sorted data for tests that compare two stores (or one
// store after two ways of building it): counts, events (status history sorted), entities, articles.
import type { GraphStore } from '../../src/store/graphStore.js';
import { allPages } from '../../src/store/allPages.js';

export async function graphOf(store: GraphStore): Promise<{ counts: unknown; events: unknown[]; entities: unknown[]; articles: { dateSource: string }[] }> {
  const events = await allPages((page) => store.events(page));
  const entities = await allPages((page) => store.entities(page));
  const articles = await allPages((page) => store.articles(page));
  return {
    counts: await store.counts(),
    events: events.map((e) => ({ ...e, statusHistory: [...e.statusHistory].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) })),
    entities,
    articles,
  };
}
