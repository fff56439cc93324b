// DataLoader batching: a page of events with participants, place and sources costs the same small
// number of store calls whatever the page size (one events() page, one entitiesByIds for every
// participant and place of the page, one articlesByIds for every source), counted on a store proxy.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../scripts/bench/syntheticGraph.js';
import { apiContext } from '../src/api/apiContext.js';
import { executeQuery } from '../src/api/executeQuery.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { countingStore } from './api.support.js';

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-loaders-'));
  store = await openMemoryStore(dir);
  await store.write(syntheticGraph({ events: 400, people: 300, articles: 200 }));
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const PAGE = `query($first: Int) { events(first: $first) { edges { node {
  id title
  participants { role entity { id name } }
  place { id name }
  sources { quote article { id title } }
  evidence { quote article { id } }
} } } }`;

describe('DataLoader batching', () => {
  for (const first of [5, 20, 100]) {
    it(`a page of ${first} events with participants, place and sources costs 3 store calls`, async () => {
      const { store: spy, calls } = countingStore(store);
      const response = await executeQuery(spy, PAGE, { first });
      expect(response.errors).toBeUndefined();
      const edges = (response.data as { events: { edges: { node: { participants: unknown[]; sources: unknown[] } }[] } }).events.edges;
      expect(edges).toHaveLength(first);
      expect(edges.flatMap((e) => e.node.participants).length).toBeGreaterThan(first);
      expect(calls.sort()).toEqual(['articlesByIds', 'entitiesByIds', 'events']);
    });
  }

  // Costly fields take turns (fairTurns.ts), the event loop free between them, so each page's loads
  // are one batch of their own: one call per kind of record per page, never one per object.
  it('two pages of the same query in one request: one call per kind of record for each page', async () => {
    const { store: spy, calls } = countingStore(store);
    const response = await executeQuery(spy, `{
      a: events(first: 50) { edges { node { participants { entity { name } } place { name } sources { article { title } } } } }
      b: events(first: 50, after: "NDk=") { edges { node { participants { entity { name } } place { name } sources { article { title } } } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(calls.sort()).toEqual(['articlesByIds', 'articlesByIds', 'entitiesByIds', 'entitiesByIds', 'events', 'events']);
  });

  it('loads each id once per request and loads an unknown id as null', async () => {
    const { store: spy, calls } = countingStore(store);
    const ctx = apiContext(spy);
    const [a, b, again, none] = await Promise.all([
      ctx.entities.load('person:kim-jong-un'), ctx.entities.load('person:donald-trump'), ctx.entities.load('person:kim-jong-un'), ctx.entities.load('person:nobody'),
    ]);
    expect([a?.name, b?.name, again?.name, none]).toEqual(['Kim Jong Un', 'Donald Trump', 'Kim Jong Un', null]);
    expect(await ctx.entities.load('person:donald-trump')).toBe(b);
    expect(calls).toEqual(['entitiesByIds']);
    expect(apiContext(spy).entities).not.toBe(ctx.entities); // a new request gets fresh loaders
  });
});
