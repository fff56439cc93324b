// What every resolver gets: the store, what the request may do (apiAccess.ts: read-only unless the
// server has API tokens and the request carries one), this request's deadline (deadline.ts) and its DataLoaders
// (one context per operation, so nothing is cached across requests). Each loader collects the ids asked for while one level of
// the query resolves and fetches them with one store call (entitiesByIds, eventsByIds,
// articlesByIds); an unknown id loads as null.
//
//   const ctx = apiContext(store);
//   await Promise.all([ctx.entities.load('person:a'), ctx.entities.load('person:b')]); // one entitiesByIds call
import DataLoader from 'dataloader';
import type { Article, Entity, EventFact } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { READ_ONLY, type ApiAccess } from './apiAccess.js';
import { startDeadline, type Deadline } from './deadline.js';
import { FairTurns } from './fairTurns.js';
import { DEFAULT_QUERY_LIMITS } from './queryLimits.js';

export interface ApiContext {
  store: GraphStore;
  access: ApiAccess;
  /** The time of a mutation, for its audit entry (ISO timestamp). */
  now: () => string;
  deadline: Deadline;
  entities: DataLoader<string, Entity | null>;
  events: DataLoader<string, EventFact | null>;
  articles: DataLoader<string, Article | null>;
  /** Answers of the fields that do work, by field, parent and arguments, for this request (costlyFields.ts). */
  memo: Map<string, Promise<unknown>>;
  /** The turns costly fields take, shared by every request of the process (fairTurns.ts). */
  turns: FairTurns;
  /** The operation's estimated cost (complexityLimit.ts), set once the limits are checked: cheaper requests take their turns first. */
  cost: number;
}

/** One set of turns for the whole process: requests share one event loop. */
const TURNS = new FairTurns();

/** A context for one operation; its deadline starts now (timeoutMs, 10 s by default); read-only unless told otherwise. */
export function apiContext(store: GraphStore, timeoutMs: number = DEFAULT_QUERY_LIMITS.timeoutMs, access: ApiAccess = READ_ONLY, now: () => string = serverClock): ApiContext {
  return {
    store,
    access,
    now,
    deadline: startDeadline(timeoutMs),
    entities: byIdLoader((ids) => store.entitiesByIds(ids)),
    events: byIdLoader((ids) => store.eventsByIds(ids)),
    articles: byIdLoader((ids) => store.articlesByIds(ids)),
    memo: new Map(),
    turns: TURNS,
    cost: 0,
  };
}

/** The server clock: audit timestamps are the one thing the API reads it for. */
function serverClock(): string {
  return new Date(Date.now()).toISOString();
}

function byIdLoader<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await fetch([...ids])).map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
