// The API on the Neo4j store, against a Neo4j of its own (started here on a free port in a
// temporary directory, so wiping it never races the other Neo4j test files): the API contract
// (tests/api.contract.ts, the same hand-checked answers as on the memory store); the whole JSON of
// the contract's queries and of a split and a merge equal on both stores; and DataLoader batching:
// a page of events with participants, place and sources costs the same three store calls as on
// the memory store, whatever the page size.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../scripts/bench/syntheticGraph.js';
import { createServer } from '../src/api/createServer.js';
import { executeQuery } from '../src/api/executeQuery.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { startNeo4j, type RunningNeo4j } from '../src/store/neo4j/launcher.js';
import { openNeo4jStore } from '../src/store/neo4j/neo4jStore.js';
import { apiContract, CONTRACT_QUERIES } from './api.contract.js';
import { countingStore } from './api.support.js';
import { korea } from './store.contract.js';
import { wipeNeo4j } from './support/wipeNeo4j.js';

let tempRoot: string;
let neo: RunningNeo4j;
let nextDir = 0;

beforeAll(async () => {
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-api-neo4j-'));
  neo = await startNeo4j({ dataDir: path.join(tempRoot, 'neo4j'), detached: false });
}, 180_000);
afterAll(async () => {
  await neo?.stop();
  if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
});

async function emptyNeo4j(): Promise<GraphStore> {
  await wipeNeo4j(neo.uri);
  return openNeo4jStore({ uri: neo.uri });
}
const freshMemory = (): Promise<GraphStore> => openMemoryStore(path.join(tempRoot, `memory-${nextDir++}`));

apiContract('neo4j', emptyNeo4j);

describe('the same JSON from both stores', () => {
  it('for every query of the contract, and for a split then a merge through the HTTP server', async () => {
    const token = 'contract-token-0123456789';
    const edits = [
      'mutation { splitEntity(entity: "Kim", alias: "North Korean leader") { entities { id aliases } events { id } audit { id actor action detail } } }',
      'mutation { mergeEntities(keep: "South Korea", drop: "North Korea") { entities { id aliases } events { id participants { role entity { id } } } audit { id action detail } } }',
      '{ auditLog { totalCount edges { node { id at actor action detail } } } stats { entities edges } sanction: event(id: "event:sanction-us-nk") { ... on Sanction { target { entity { id } } } } }',
    ];
    const answers = async (store: GraphStore): Promise<unknown[]> => {
      try {
        await store.write(korea());
        const read = [];
        for (const query of Object.values(CONTRACT_QUERIES)) read.push(await executeQuery(store, query));
        const server = await createServer(store, { port: 0, tokens: [{ label: 'contract', token }], now: () => '2026-11-22T10:00:00.000Z' });
        try {
          for (const query of edits) {
            const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
            read.push(await response.json());
          }
        } finally {
          await server.close();
        }
        return read;
      } finally {
        await store.close();
      }
    };
    const memory = await answers(await freshMemory());
    for (const answer of memory) expect(answer, JSON.stringify(answer).slice(0, 600)).not.toHaveProperty('errors');
    expect(await answers(await emptyNeo4j())).toEqual(memory);
  }, 120_000);
});

describe('DataLoader batching on Neo4j', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await emptyNeo4j();
    await store.write(syntheticGraph({ events: 400, people: 300, articles: 200 }));
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  const PAGE = `query($first: Int) { events(first: $first) { edges { node {
    id title
    participants { role entity { id name } evidence { quote article { id } } }
    place { id name }
    sources { quote article { id title } }
    ... on Letter { sender { entity { name } } recipients { entity { name } } }
  } } } }`;

  for (const first of [5, 20, 100]) {
    it(`a page of ${first} events with participants, place and sources costs 3 store calls`, async () => {
      const { store: spy, calls } = countingStore(store);
      const response = await executeQuery(spy, PAGE, { first });
      expect(response.errors).toBeUndefined();
      const edges = (response.data as { events: { edges: { node: { participants: unknown[] } }[] } }).events.edges;
      expect(edges).toHaveLength(first);
      expect(edges.flatMap((e) => e.node.participants).length).toBeGreaterThan(first);
      expect(calls.sort()).toEqual(['articlesByIds', 'entitiesByIds', 'events']);
    });
  }
});
