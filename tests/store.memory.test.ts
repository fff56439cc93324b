// The memory store: the contract suite, plus what only its files can show (persistence, the
// journal and crash-safe writes, corrupt snapshots) and openStore().
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { snapshotPaths } from '../src/store/memory/snapshotPaths.js';
import { openStore } from '../src/store/openStore.js';
import type { EventFact } from '../src/model/index.js';
import type { EventQuery } from '../src/store/graphStore.js';
import { korea, KOREA_COUNTS, storeContract, update } from './store.contract.js';

const root = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-store-'));
let next = 0;
const freshDir = (): string => path.join(root, `store-${next++}`);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

storeContract('memory', () => openMemoryStore(freshDir()));

describe('memory store snapshot', () => {
  it('persists every write to dataDir/graph.json and reads it back on open', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir);
    await store.write(korea());
    await store.write(update());
    await store.close();
    const reopened = await openMemoryStore(dir);
    expect(await reopened.counts()).toEqual({ articles: 5, entities: 17, events: 14, edges: 70 });
    expect((await reopened.entity('Kim Jong-un'))?.id).toBe('person:kim-jong-un');
    expect((await reopened.eventsByIds(['event:summit-third']))[0]?.sources).toEqual(['article:a000000000000003', 'article:a000000000000005']);
    await reopened.close();
  });

  it('writes graphology\'s serialized form, readable by graphology itself', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir);
    await store.write(korea());
    const data = JSON.parse(await readFile(path.join(dir, 'graph.json'), 'utf8'));
    const graph = new MultiDirectedGraph();
    graph.import(data);
    expect(graph.order).toBe(5 + 17 + 15);
    expect(graph.size).toBe(KOREA_COUNTS.edges);
    expect(graph.getNodeAttributes('event:summit-hanoi')).toMatchObject({ nodeType: 'event', label: 'Summit', title: 'Trump-Kim summit in Hanoi' });
    expect(graph.getNodeAttributes('person:kim-jong-un')).toMatchObject({ nodeType: 'entity', label: 'Person', name: 'Kim Jong Un' });
    expect(graph.getEdgeAttributes('MET|person:donald-trump|person:kim-jong-un|event:summit-hanoi')).toMatchObject({ type: 'MET', event: 'event:summit-hanoi', when: '2019-02-27', status: 'OCCURRED' });
    expect(graph.source('SENT|person:donald-trump|event:letter-trump-kim|sender')).toBe('person:donald-trump');
    expect(graph.target('TO|person:kim-jong-un|event:letter-trump-kim|recipient')).toBe('person:kim-jong-un');
    expect(graph.getEdgeAttributes('HOLDS|person:donald-trump|country:united-states|President|2017-01-20')).toEqual({ type: 'HOLDS', title: 'President', from: '2017-01-20' });
    await store.close();
  });

  it('leaves store and files unchanged when the journal cannot be written', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir);
    await store.write(korea());
    const file = path.join(dir, 'graph.json');
    const before = await readFile(file);
    // A directory where the journal goes makes the append fail.
    const { journal } = snapshotPaths(dir);
    await rm(journal, { force: true });
    await mkdir(journal);
    await expect(store.write(update())).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await store.counts()).toEqual(KOREA_COUNTS);
    expect((await store.eventsByIds(['event:meeting-moon-kim-undated'])).length).toBe(1);
    expect((await readFile(file)).equals(before)).toBe(true);
    await rm(journal, { recursive: true });
    await store.write(update());
    expect((await store.counts()).events).toBe(14);
    await store.close();
    expect(await (await openMemoryStore(dir)).counts()).toEqual({ articles: 5, entities: 17, events: 14, edges: 70 });
  });

  it('keeps a written change when the snapshot cannot be rewritten (it is in the journal), and leaves no temp file behind', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir, { compaction: { ratio: 0, minBytes: 0 } });
    await store.write(korea());
    const { temp } = snapshotPaths(dir);
    await mkdir(temp);
    await store.write(update());
    expect((await store.counts()).events).toBe(14);
    await rm(temp, { recursive: true });
    expect(await (await openMemoryStore(dir)).counts()).toEqual({ articles: 5, entities: 17, events: 14, edges: 70 });
    // The next write rewrites the snapshot and empties the journal.
    await store.write(update());
    expect((await readdir(dir)).sort()).toEqual(['graph.journal', 'graph.json']);
    expect((await readFile(snapshotPaths(dir).journal, 'utf8')).length).toBe(0);
    expect(await (await openMemoryStore(dir)).counts()).toEqual({ articles: 5, entities: 17, events: 14, edges: 70 });
    await store.close();
  });

  it('writes a change to the journal, not the snapshot, replays it on open, and drops a last line a crash cut short', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir);
    await store.write(korea());
    const snapshot = await readFile(path.join(dir, 'graph.json'));
    await store.write(update());
    await store.close();
    expect((await readFile(path.join(dir, 'graph.json'))).equals(snapshot)).toBe(true);
    const { journal } = snapshotPaths(dir);
    await writeFile(journal, `${await readFile(journal, 'utf8')}{"seq": 3, "change": {"articl`);
    const reopened = await openMemoryStore(dir);
    expect(await reopened.counts()).toEqual({ articles: 5, entities: 17, events: 14, edges: 70 });
    await reopened.write(update());
    await reopened.close();
    expect(await (await openMemoryStore(dir)).counts()).toEqual({ articles: 5, entities: 17, events: 14, edges: 70 });
  });

  it('refuses to open a journal with a broken line before its last, naming the file', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir);
    await store.write(korea());
    await store.write(update());
    await store.close();
    const { journal } = snapshotPaths(dir);
    await writeFile(journal, `not json\n${await readFile(journal, 'utf8')}`);
    await expect(openMemoryStore(dir)).rejects.toMatchObject({ name: 'SnapshotCorrupt', file: journal });
  });

  it('leaves the file unchanged when a change is refused', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir);
    await store.write(korea());
    const before = await readFile(path.join(dir, 'graph.json'));
    const change = korea();
    change.events[0] = { ...change.events[0]!, place: 'place:atlantis' };
    await expect(store.write(change)).rejects.toMatchObject({ name: 'InvalidChange', message: expect.stringContaining('place:atlantis') });
    expect((await readFile(path.join(dir, 'graph.json'))).equals(before)).toBe(true);
    await store.close();
  });

  it('serializes concurrent writes', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir);
    await Promise.all([store.write(korea()), store.write(update())]);
    expect(await store.counts()).toEqual({ articles: 5, entities: 17, events: 14, edges: 70 });
    await store.close();
    expect(await (await openMemoryStore(dir)).counts()).toEqual({ articles: 5, entities: 17, events: 14, edges: 70 });
  });

  it('opens an empty store on a directory that does not exist yet, creating it on the first write', async () => {
    const dir = path.join(freshDir(), 'nested', 'data');
    const store = await openMemoryStore(dir);
    expect(await store.counts()).toEqual({ articles: 0, entities: 0, events: 0, edges: 0 });
    expect(existsSync(dir)).toBe(false);
    await store.write(korea());
    expect(existsSync(path.join(dir, 'graph.json'))).toBe(true);
  });

  const corrupt: [string, string][] = [
    ['truncated JSON', '{"attributes":{"format":"newsgraph","version":1},"nodes":['],
    ['JSON that is no graph', '[1, 2, 3]'],
    ['a graph of another program', JSON.stringify({ attributes: {}, options: { type: 'directed', multi: true }, nodes: [], edges: [] })],
    ['a newsgraph snapshot with an untyped node', JSON.stringify({ attributes: { format: 'newsgraph', version: 1 }, nodes: [{ key: 'x', attributes: { name: 'x' } }], edges: [] })],
    ['a newsgraph snapshot with an edge to nowhere', JSON.stringify({ attributes: { format: 'newsgraph', version: 1 }, nodes: [], edges: [{ key: 'e', source: 'a', target: 'b', attributes: { type: 'MET' } }] })],
  ];
  for (const [what, text] of corrupt) {
    it(`refuses to open ${what}, naming the file`, async () => {
      const dir = freshDir();
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, 'graph.json');
      await writeFile(file, text);
      const error = await openMemoryStore(dir).then(
        () => undefined,
        (e: unknown) => e as Error & { file?: string },
      );
      expect(error?.name).toBe('SnapshotCorrupt');
      expect(error?.file).toBe(file);
      expect(error?.message).toContain(file);
    });
  }
});

describe('memory store indexes', () => {
  it('answers filtered queries from the small-candidate path as from the ordered scan', async () => {
    // 200 filler events of one other person make korea's participant, place and source sets small
    // next to the whole, so events() filters and sorts those sets instead of scanning the order.
    const change = korea();
    const filler = { id: 'person:filler', kind: 'PERSON' as const, name: 'Filler Person', aliases: [] };
    const events: EventFact[] = Array.from({ length: 200 }, (_, i) => ({
      ...(change.events[0] as EventFact),
      id: `event:filler-${String(i).padStart(3, '0')}`,
      participants: [{ ...(change.events[0]?.participants[0] as EventFact['participants'][number]), entity: filler.id }],
      place: null,
      when: i % 10 === 0 ? null : { ...(change.events[0]?.when as NonNullable<EventFact['when']>), earliest: `2018-${String((i % 12) + 1).padStart(2, '0')}-15`, latest: null },
    }));
    const small = await openMemoryStore(freshDir());
    const large = await openMemoryStore(freshDir());
    await small.write(change);
    await large.write({ ...change, entities: [...change.entities, filler], events: [...change.events, ...events] });
    const queries: EventQuery[] = [
      { first: 100, offset: 0, participants: ['person:moon-jae-in'] },
      { first: 2, offset: 1, participants: ['person:kim-jong-un'], order: 'DESC' },
      { first: 100, offset: 0, participants: ['person:kim-jong-un'], relation: 'DURING', from: '2018-06-13', to: '2019-02-26' },
      { first: 100, offset: 0, participants: ['person:kim-jong-un'], relation: 'AFTER', to: '2019-04-25', order: 'DESC' },
      { first: 100, offset: 0, place: 'place:pyongyang', kinds: ['VISIT'] },
      { first: 100, offset: 0, source: 'article:a000000000000003', status: ['OCCURRED'], order: 'DESC' },
    ];
    for (const query of queries) expect(await large.events(query)).toEqual(await small.events(query));
    expect((await large.events({ first: 3, offset: 0, participants: ['person:filler'], order: 'DESC' })).items.map((e) => e.id)).toEqual([
      'event:filler-191', 'event:filler-179', 'event:filler-167',
    ]);
    await small.close();
    await large.close();
  });

  it('rebuilds its indexes from the snapshot on open', async () => {
    const dir = freshDir();
    const store = await openMemoryStore(dir);
    await store.write({ ...korea(), audit: [{ id: '', at: '2026-01-02T03:04:05.000Z', actor: 'ingest', action: 'INGEST', detail: '{}' }] });
    await store.close();
    const reopened = await openMemoryStore(dir);
    expect((await reopened.events({ first: 10, offset: 0, place: 'place:hanoi' })).items.map((e) => e.id)).toEqual(['event:summit-hanoi']);
    // "Vladimir Putin" and "Vladivostok" both start with "vladi" (score 2, "person:" < "place:"); the summit's title has it later.
    expect((await reopened.search('vladi', 10)).map((h) => h.id)).toEqual(['person:vladimir-putin', 'place:vladivostok', 'event:summit-vladivostok']);
    expect((await reopened.auditLog({ first: 10, offset: 0 })).items.map((a) => a.id)).toEqual(['audit:1']);
    await reopened.close();
  });
});

describe('openStore', () => {
  it('opens the memory store', async () => {
    const dir = freshDir();
    const store = await openStore({ store: 'memory', dataDir: dir });
    expect(store.kind).toBe('memory');
    await store.write(korea());
    expect(await (await openStore({ store: 'memory', dataDir: dir })).counts()).toEqual(KOREA_COUNTS);
  });

  it('reports the Neo4j store without NEO4J_URI as StoreUnavailable (the Neo4j store itself: store.neo4j.test.ts)', async () => {
    await expect(openStore({ store: 'neo4j', dataDir: freshDir(), env: {} })).rejects.toMatchObject({ name: 'StoreUnavailable', message: expect.stringContaining('NEO4J_URI') });
  });
});
