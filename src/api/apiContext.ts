// What every resolver gets: the store and this request's loaders (one context per operation).
import type { Article, Entity, EventFact } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { BatchLoader } from './batchLoader.js';

export interface ApiContext {
  store: GraphStore;
  entities: BatchLoader<Entity>;
  events: BatchLoader<EventFact>;
  articles: BatchLoader<Article>;
}

export function apiContext(store: GraphStore): ApiContext {
  return {
    store,
    entities: new BatchLoader((ids) => store.entitiesByIds(ids), (e) => e.id),
    events: new BatchLoader((ids) => store.eventsByIds(ids), (e) => e.id),
    articles: new BatchLoader((ids) => store.articlesByIds(ids), (a) => a.id),
  };
}
