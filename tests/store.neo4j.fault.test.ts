// Neo4j going away: a Neo4j of its own (started here, on a free port, in a temporary directory) is
// killed with SIGKILL in the middle of a write and in the middle of an ingest, then restarted on
// the same data directory. The write in flight must be rolled back whole, ingest must fail with a
// StoreUnavailable error naming NEO4J_URI, and a re-run must end with exactly the graph of an
// uninterrupted run: nothing duplicated, nothing lost.
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleCorpus } from '../scripts/bench/articleCorpus.js';
import { ingest } from '../src/ingest.js';
import type { GraphChange, GraphStore } from '../src/store/graphStore.js';
import { startNeo4j, type RunningNeo4j } from '../src/store/neo4j/launcher.js';
import { openNeo4jStore } from '../src/store/neo4j/neo4jStore.js';
import { korea, KOREA_COUNTS } from './store.contract.js';
import { hookedStore } from './support/hookedStore.js';
import { neo4jGraph } from './support/neo4jGraph.js';
import { wipeNeo4j } from './support/wipeNeo4j.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const START_TIMEOUT = 180_000;
let tempRoot: string;
let dataDir: string;
let articles: string;
let neo: RunningNeo4j;
let port: number;

const open = (): Promise<GraphStore> => openNeo4jStore({ uri: neo.uri, maxRetryTimeMs: 1_000 });

async function start(): Promise<void> {
  neo = await startNeo4j({ dataDir, detached: false, ...(port ? { port } : {}) });
  port = Number(new URL(neo.uri).port);
}

/** SIGKILL: no clean shutdown, the store is recovered from its transaction log at the next start. */
async function kill(): Promise<void> {
  const pid = neo.pid;
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-neo4j-fault-'));
  dataDir = path.join(tempRoot, 'data');
  articles = path.join(tempRoot, 'articles');
  await mkdir(articles);
  for (const file of (await readdir(path.join(ROOT, 'examples', 'articles'))).filter((f) => /^00[0-4]_/.test(f))) {
    await copyFile(path.join(ROOT, 'examples', 'articles', file), path.join(articles, file));
  }
  await start();
}, START_TIMEOUT);

afterAll(async () => {
  await neo?.stop();
  await rm(tempRoot, { recursive: true, force: true });
});

describe('Neo4j killed', () => {
  it('in the middle of a large write: the write fails naming NEO4J_URI and leaves nothing of it behind (nor its removals and audit entry)', async () => {
    const store = await open();
    await store.write(korea());
    const big: GraphChange = { articles: [], entities: [], holdings: [], events: [], removeEvents: [] };
    for (const change of articleCorpus({ articles: 3_000, batchSize: 3_000 })) Object.assign(big, change);
    // An analyst's edit rides along: the removal and the audit entry must be rolled back with the rest.
    big.removeEntities = ['org:united-nations'];
    big.audit = [{ id: '', at: '2026-01-02T03:04:05.000Z', actor: 'analyst', action: 'MERGE_ENTITIES', detail: '{}' }];
    let settled = false;
    const pending = store.write(big).finally(() => {
      settled = true;
    });
    await new Promise((r) => setTimeout(r, 1_500));
    const inFlight = !settled;
    await kill();
    await expect(pending).rejects.toMatchObject({ name: 'StoreUnavailable', message: expect.stringContaining(`${neo.uri} (NEO4J_URI)`) });
    expect(inFlight).toBe(true);
    await store.close();

    await start();
    const after = await open();
    try {
      expect(await after.counts()).toEqual(KOREA_COUNTS);
      expect(await after.articlesByIds(big.articles.slice(0, 10).map((a) => a.id))).toEqual([]);
      expect((await after.entity('UN'))?.id).toBe('org:united-nations');
      expect((await after.auditLog({ first: 10, offset: 0 })).totalCount).toBe(0);
    } finally {
      await after.close();
    }
  }, 2 * START_TIMEOUT);

  it('in the middle of an ingest: ingest fails clearly, and a re-run ends with the graph of an uninterrupted run', async () => {
    await wipeNeo4j(neo.uri);
    const killed = hookedStore(await open(), async (index) => {
      if (index === 2) await kill();
    });
    const failed = ingest([articles], killed.store, { batchSize: 1 });
    await expect(failed).rejects.toMatchObject({ name: 'StoreUnavailable', message: expect.stringMatching(/NEO4J_URI\) cannot be reached or went away/) });
    expect(killed.changes).toHaveLength(3);
    await killed.store.close();

    await start();
    const rerun = await open();
    try {
      expect((await rerun.counts()).articles).toBe(2);
      expect(await ingest([articles], rerun, { batchSize: 1 })).toMatchObject({ read: 5, ingested: 3, unchanged: 2 });
    } finally {
      await rerun.close();
    }
    const recovered = await neo4jGraph(neo.uri);

    await wipeNeo4j(neo.uri);
    const uninterrupted = await open();
    try {
      expect(await ingest([articles], uninterrupted, { batchSize: 1 })).toMatchObject({ ingested: 5 });
    } finally {
      await uninterrupted.close();
    }
    const expected = await neo4jGraph(neo.uri);
    expect(recovered.nodes.length).toBe(expected.nodes.length);
    expect(recovered.relationships.length).toBe(expected.relationships.length);
    expect(recovered).toEqual(expected);
  }, 2 * START_TIMEOUT);
});
