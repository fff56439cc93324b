// The Neo4j store against a real Neo4j (tests/setup/neo4j.ts starts one unless NEO4J_URI is set;
// this file wipes its database): the unchanged contract suite; the sample articles ingested into
// both stores giving the same GraphQL answers, whatever the order and however often; generated stories
// (undated ones dated by later ones) giving the same graph whatever the order; the graph as
// Neo4j holds it; configuration through openStore() and the CLI. Tests run in order and share the
// one database. The fault test (Neo4j killed mid-ingest) is store.neo4j.fault.test.ts.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphQLResponse } from '../src/api/executeQuery.js';
import { articleCorpus } from '../scripts/bench/articleCorpus.js';
import { newsArticles } from '../scripts/bench/newsArticles.js';
import { ingest } from '../src/ingest.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { openNeo4jStore } from '../src/store/neo4j/neo4jStore.js';
import { openStore } from '../src/store/openStore.js';
import { korea, KOREA_COUNTS, storeContract } from './store.contract.js';
import { closedPort } from './support/closedPort.js';
import { graphOf } from './support/graphOf.js';
import { hookedStore } from './support/hookedStore.js';
import { neo4jGraph } from './support/neo4jGraph.js';
import { runCli } from './support/runCli.js';
import { sampleAnswers, sampleQueries } from './support/sampleAnswers.js';
import { wipeNeo4j } from './support/wipeNeo4j.js';

const uri = inject('neo4jUri');
const ROOT = path.resolve(import.meta.dirname, '..');
const tempRoot = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-neo4j-store-'));
let nextDir = 0;
const freshDir = (): string => path.join(tempRoot, `memory-${nextDir++}`);

// The five sample articles (examples/articles/000_* to 004_*, copies of the seeds), copied once,
// so that every ingest of this file reads the same five files.
const ARTICLES = path.join(tempRoot, 'articles');
await mkdir(ARTICLES);
for (const file of (await readdir(path.join(ROOT, 'examples', 'articles'))).filter((f) => /^00[0-4]_/.test(f))) {
  await copyFile(path.join(ROOT, 'examples', 'articles', file), path.join(ARTICLES, file));
}

afterAll(async () => {
  await rm(tempRoot, { recursive: true, force: true });
});

/** An empty Neo4j store (the whole database is wiped). */
async function emptyNeo4j(): Promise<GraphStore> {
  await wipeNeo4j(uri);
  return openNeo4jStore({ uri });
}

storeContract('neo4j', emptyNeo4j);

type Answers = Record<string, GraphQLResponse>;

async function answersAfter(store: GraphStore, ingests: string[][]): Promise<{ answers: Answers; counts: Awaited<ReturnType<GraphStore['counts']>> }> {
  try {
    for (const paths of ingests) await ingest(paths, store);
    return { answers: await sampleAnswers(store), counts: await store.counts() };
  } finally {
    await store.close();
  }
}

describe('the sample articles on both stores', () => {
  let files: string[];
  let memory: { answers: Answers; counts: Awaited<ReturnType<GraphStore['counts']>> };
  let neo4j: typeof memory;
  let memoryEdgeKeys: string[];
  const written = { changes: [] as ReturnType<typeof hookedStore>['changes'] };

  beforeAll(async () => {
    files = (await readdir(ARTICLES)).sort().map((f) => path.join(ARTICLES, f));
    const dir = freshDir();
    memory = await answersAfter(await openMemoryStore(dir), [[ARTICLES]]);
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8')) as { edges: { key: string }[] };
    memoryEdgeKeys = snapshot.edges.map((e) => e.key).sort();
    const hooked = hookedStore(await emptyNeo4j());
    written.changes = hooked.changes;
    neo4j = await answersAfter(hooked.store, [[ARTICLES]]);
  }, 120_000);

  it('ingests something worth comparing', () => {
    expect(files.length).toBe(5);
    expect(memory.counts.events).toBeGreaterThan(10);
    expect(neo4j.counts).toEqual(memory.counts);
  });

  for (const { name } of sampleQueries.queries) {
    it(`answers "${name}" as the memory store does`, () => {
      expect(neo4j.answers[name]).toEqual(memory.answers[name]);
    });
  }

  it('holds exactly the edges the memory store holds (same deterministic keys)', async () => {
    const graph = await neo4jGraph(uri);
    expect(graph.relationships.map((r) => r.key).sort()).toEqual(memoryEdgeKeys);
  });

  it('re-ingesting, and even re-writing every change, leaves node and relationship counts and answers unchanged', async () => {
    const before = await neo4jGraph(uri);
    const store = await openNeo4jStore({ uri });
    try {
      const again = await ingest([ARTICLES], store);
      expect(again).toMatchObject({ ingested: 0, unchanged: files.length });
      for (const change of written.changes) await store.write(change);
      expect(await store.counts()).toEqual(neo4j.counts);
      expect(await sampleAnswers(store)).toEqual(neo4j.answers);
    } finally {
      await store.close();
    }
    const after = await neo4jGraph(uri);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.relationships.length).toBe(before.relationships.length);
    expect(after).toEqual(before);
  });

  it('one article at a time in reverse order gives the same answers as all at once (memory store)', async () => {
    const reversed = await answersAfter(await openMemoryStore(freshDir()), [...files].reverse().map((f) => [f]));
    expect(reversed.counts).toEqual(memory.counts);
    expect(reversed.answers).toEqual(memory.answers);
  }, 60_000);

  it('one article at a time in reverse order gives the same answers as all at once (Neo4j store)', async () => {
    const reversed = await answersAfter(await emptyNeo4j(), [...files].reverse().map((f) => [f]));
    expect(reversed.counts).toEqual(neo4j.counts);
    expect(reversed.answers).toEqual(neo4j.answers);
  }, 60_000);

  it('one article at a time in file order gives the same answers as all at once (Neo4j store)', async () => {
    const forward = await answersAfter(await emptyNeo4j(), files.map((f) => [f]));
    expect(forward.answers).toEqual(neo4j.answers);
  }, 60_000);
});

describe('generated stories on Neo4j: order does not matter', () => {
  it('undated stories first, then the dated ones that date them, in batches, reversed, give the graph of all at once (the memory store\'s)', async () => {
    const dir = path.join(tempRoot, 'generated');
    await mkdir(dir);
    const stories = newsArticles({ count: 24 }).map((a) => ({ file: path.join(dir, a.name), text: a.text, undated: !/^date |\nUpdated: /.test(a.text) }));
    for (const s of stories) await writeFile(s.file, s.text);
    const files = stories.map((s) => s.file);
    const graphAfter = async (store: GraphStore, batches: string[][]) => {
      try {
        for (const b of batches) await ingest(b, store, { workers: 0 });
        return await graphOf(store);
      } finally {
        await store.close();
      }
    };
    const memory = await graphAfter(await openMemoryStore(freshDir()), [files]);
    expect(memory.articles.filter((a) => a.dateSource === 'inferred').length).toBeGreaterThan(0);
    expect(await graphAfter(await emptyNeo4j(), [stories.filter((s) => s.undated).map((s) => s.file), stories.filter((s) => !s.undated).map((s) => s.file)])).toEqual(memory);
    const reversed = [...files].reverse();
    expect(await graphAfter(await emptyNeo4j(), Array.from({ length: Math.ceil(reversed.length / 6) }, (_, i) => reversed.slice(i * 6, i * 6 + 6)))).toEqual(memory);
  }, 300_000);
});

describe('a generated corpus on both stores', () => {
  it('150 articles in batches of 25, with events merged away and written again, give the same counts and events', async () => {
    const memoryStore = await openMemoryStore(freshDir());
    const neo4jStore = await emptyNeo4j();
    try {
      for (const change of articleCorpus({ articles: 150, batchSize: 25, people: 40 })) {
        await memoryStore.write(change);
        await neo4jStore.write(change);
      }
      const counts = await memoryStore.counts();
      expect(counts.events).toBeGreaterThan(400);
      expect(await neo4jStore.counts()).toEqual(counts);
      const all = { first: 2_000, offset: 0 };
      expect(await neo4jStore.events(all)).toEqual(await memoryStore.events(all));
      expect(await neo4jStore.entities(all)).toEqual(await memoryStore.entities(all));
      expect(await neo4jStore.articles(all)).toEqual(await memoryStore.articles(all));
      for (const id of ['person:person-1', 'person:person-7', 'person:person-30']) expect(await neo4jStore.holdings(id)).toEqual(await memoryStore.holdings(id));
      const window = { first: 50, offset: 10, participants: ['person:person-3', 'country:country-5'], from: '2005-01-01', to: '2015-06-30' };
      expect(await neo4jStore.events(window)).toEqual(await memoryStore.events(window));
    } finally {
      await memoryStore.close();
      await neo4jStore.close();
    }
  }, 120_000);
});

describe('the graph in Neo4j', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await emptyNeo4j();
    await store.write(korea());
  });
  afterAll(async () => {
    await store.close();
  });

  it('labels nodes by kind and keeps the graph model\'s relationships, with integers as integers', async () => {
    const graph = await neo4jGraph(uri);
    const node = (id: string) => graph.nodes.find((n) => n.id === id);
    expect(node('person:kim-jong-un')?.labels).toEqual(['Entity', 'Person']);
    expect(node('event:summit-hanoi')?.labels).toEqual(['Event', 'Summit']);
    expect(node('event:letter-trump-kim')?.labels).toEqual(['Event', 'Letter']);
    expect(node('article:a000000000000001')?.labels).toEqual(['Article']);
    expect(node('event:summit-hanoi')?.props).toMatchObject({ kind: 'SUMMIT', status: 'OCCURRED', place: 'place:hanoi', earliest: '2019-02-27', when: '2019-02-27' });
    const rel = (key: string) => graph.relationships.find((r) => r.key === key);
    expect(rel('MET|person:donald-trump|person:kim-jong-un|event:summit-hanoi')).toMatchObject({ type: 'MET', from: 'person:donald-trump', to: 'person:kim-jong-un', props: { event: 'event:summit-hanoi', when: '2019-02-27', status: 'OCCURRED' } });
    expect(rel('SENT|person:donald-trump|event:letter-trump-kim|sender')).toMatchObject({ type: 'SENT', from: 'person:donald-trump', to: 'event:letter-trump-kim' });
    expect(rel('HOLDS|person:donald-trump|country:united-states|President|2017-01-20')).toMatchObject({ type: 'HOLDS', props: { title: 'President', from: '2017-01-20' } });
    const supports = graph.relationships.find((r) => r.type === 'SUPPORTS' && r.to === 'event:summit-hanoi');
    expect(supports?.props).toMatchObject({ sentence: 0, start: 0 });
    expect(graph.relationships.length).toBe(KOREA_COUNTS.edges);
  });

  it('hands out plain JS numbers, never driver Integer objects', async () => {
    const values = [await store.counts(), await store.events({ first: 100, offset: 0 }), await store.entities({ first: 100, offset: 0 }), await store.articles({ first: 100, offset: 0 })];
    const integers: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (value !== null && typeof value === 'object') {
        if ('low' in value && 'high' in value) integers.push(at);
        for (const [key, inner] of Object.entries(value)) walk(inner, `${at}.${key}`);
      }
    };
    values.forEach((v, i) => walk(v, String(i)));
    expect(integers).toEqual([]);
    expect(typeof (await store.counts()).edges).toBe('number');
  });

  it('works through a neo4j:// (routing) URI as through bolt://', async () => {
    const routed = await openNeo4jStore({ uri: uri.replace(/^bolt:/, 'neo4j:') });
    try {
      expect(await routed.counts()).toEqual(KOREA_COUNTS);
      expect((await routed.entity('KIM  JONG-UN'))?.id).toBe('person:kim-jong-un');
      await routed.write(korea());
      expect(await routed.counts()).toEqual(KOREA_COUNTS);
    } finally {
      await routed.close();
    }
  });

  it('applies graph/schema.cypher: constraints and full-text indexes over the words of names, aliases and titles', async () => {
    const reopened = await openNeo4jStore({ uri });
    await reopened.close();
    const { default: neo4j } = await import('neo4j-driver');
    const driver = neo4j.driver(uri);
    try {
      const { records } = await driver.executeQuery("CALL db.index.fulltext.queryNodes('entity_search', 'korean AND lead*') YIELD node RETURN node.id AS id ORDER BY id");
      expect(records.map((r) => r.get('id'))).toEqual(['person:kim-jong-un']);
      const events = await driver.executeQuery("CALL db.index.fulltext.queryNodes('event_search', 'summit AND pan*') YIELD node RETURN node.id AS id ORDER BY id");
      expect(events.records.map((r) => r.get('id'))).toEqual(['event:summit-panmunjom-2018']);
      await expect(driver.executeQuery("CREATE (:Entity {id: 'person:kim-jong-un'})")).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    } finally {
      await driver.close();
    }
  });
});

describe('openStore({ store: "neo4j" })', () => {
  it('reads NEO4J_URI and opens the Neo4j store', async () => {
    const store = await openStore({ store: 'neo4j', dataDir: freshDir(), env: { NEO4J_URI: uri } });
    try {
      expect(store.kind).toBe('neo4j');
      expect(await store.counts()).toEqual(KOREA_COUNTS);
    } finally {
      await store.close();
    }
  });

  it('refuses with StoreUnavailable naming NEO4J_URI when it is not set', async () => {
    await expect(openStore({ store: 'neo4j', dataDir: freshDir(), env: {} })).rejects.toMatchObject({ name: 'StoreUnavailable', message: expect.stringContaining('NEO4J_URI is not set') });
  });

  it('refuses with StoreUnavailable naming NEO4J_URI when nothing listens there', async () => {
    const port = await closedPort();
    await expect(openStore({ store: 'neo4j', dataDir: freshDir(), env: { NEO4J_URI: `bolt://127.0.0.1:${port}` } })).rejects.toMatchObject({
      name: 'StoreUnavailable',
      message: expect.stringMatching(new RegExp(`bolt://127\\.0\\.0\\.1:${port} \\(NEO4J_URI\\) cannot be reached`)),
    });
  });

  it('refuses a URI that is no Neo4j URI', async () => {
    await expect(openStore({ store: 'neo4j', dataDir: freshDir(), env: { NEO4J_URI: 'http://127.0.0.1:7474' } })).rejects.toMatchObject({ name: 'StoreUnavailable', message: expect.stringContaining('NEO4J_URI') });
  });
});

describe('newsgraph --store neo4j', () => {
  const query = `{ stats { articles entities events edges } betweenSummits(person: "Kim", with: "Trump", certainty: POSSIBLE) { after { id } before { id } encounters { certainty person { name } event { id } } } timeline(entity: "Moon") { id title when { earliest latest } } }`;

  it('ingest then query gives the same JSON as the memory store', async () => {
    await wipeNeo4j(uri);
    const data = freshDir();
    const env = { NEO4J_URI: uri };
    const memoryIngest = await runCli(['ingest', ARTICLES, '--data', data], {});
    const neo4jIngest = await runCli(['ingest', ARTICLES, '--store', 'neo4j'], env);
    expect(neo4jIngest.code).toBe(0);
    expect(neo4jIngest.stdout).toBe(memoryIngest.stdout);
    const fromMemory = await runCli(['query', query, '--data', data], {});
    const fromNeo4j = await runCli(['query', query, '--store', 'neo4j'], env);
    expect(fromNeo4j.code).toBe(0);
    expect(JSON.parse(fromNeo4j.stdout)).toEqual(JSON.parse(fromMemory.stdout));
    const again = await runCli(['ingest', ARTICLES, '--store', 'neo4j'], env);
    expect(again.stdout).toMatch(/ingested: 0/);
    expect(again.stdout.split('\n')[1]).toBe(neo4jIngest.stdout.split('\n')[1]);
  }, 60_000);

  it('fails with a message naming NEO4J_URI and a non-zero exit code when Neo4j is down or not configured', async () => {
    const down = await runCli(['ingest', ARTICLES, '--store', 'neo4j'], { NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}` });
    expect(down.code).not.toBe(0);
    expect(down.stderr).toMatch(/NEO4J_URI\) cannot be reached/);
    const unset = await runCli(['query', '{ stats { edges } }', '--store', 'neo4j', '--data', freshDir()], { NEO4J_URI: '' });
    expect(unset.code).not.toBe(0);
    expect(unset.stderr).toContain('NEO4J_URI is not set');
  }, 60_000);

  it('serves GraphQL from Neo4j', async () => {
    const { spawn } = await import('node:child_process');
    const port = await closedPort();
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--store', 'neo4j', '--port', String(port)], { cwd: ROOT, env: { ...process.env, NEO4J_URI: uri }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => (String(chunk).includes('GraphQL at') ? resolve() : undefined));
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(name: "Kim Jong-un") { id } stats { articles } }' }) });
      const body = (await response.json()) as { data: { entity: { id: string }; stats: { articles: number } } };
      expect(body.data.entity.id).toBe('person:kim-jong-un');
      expect(body.data.stats.articles).toBe(5);
    } finally {
      server.kill('SIGTERM');
    }
  }, 60_000);
});
