// What every resolver gets: the store, this request's deadline (deadline.ts) and its DataLoaders
// (one context per operation, so nothing is cached across requests). Each loader collects the ids asked for while one level of
// the query resolves and fetches them with one store call (entitiesByIds, eventsByIds,
// articlesByIds); an unknown id loads as null.
//
//   const ctx = apiContext(store);
//   await Promise.all([ctx.entities.load('person:a'), ctx.entities.load('person:b')]); // one entitiesByIds call
import DataLoader from 'dataloader';
import type { Article, Entity, EventFact } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { startDeadline, type Deadline } from './deadline.js';
import { DEFAULT_QUERY_LIMITS } from './queryLimits.js';

export interface ApiContext {
  store: GraphStore;
  deadline: Deadline;
  entities: DataLoader<string, Entity | null>;
  events: DataLoader<string, EventFact | null>;
  articles: DataLoader<string, Article | null>;
}

/** A context for one operation; its deadline starts now (timeoutMs, 10 s by default). */
export function apiContext(store: GraphStore, timeoutMs: number = DEFAULT_QUERY_LIMITS.timeoutMs): ApiContext {
  return {
    store,
    deadline: startDeadline(timeoutMs),
    entities: byIdLoader((ids) => store.entitiesByIds(ids)),
    events: byIdLoader((ids) => store.eventsByIds(ids)),
    articles: byIdLoader((ids) => store.articlesByIds(ids)),
  };
}

function byIdLoader<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await fetch([...ids])).map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
