// loadExportGraph on the contract suite's Korea fixture (tests/fixtures/store/korea.json, its event
// table in tests/fixtures/store/README.md): the whole graph as the store counts it, the contract's
// attributes, and the subgraph filter. Every expected node set and edge count below was worked out
// by hand from the fixture. The sample articles round trip in export.python.test.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExportGraph, type ExportGraph } from '../src/export/loadExportGraph.js';
import type { EventFact } from '../src/model/index.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { korea } from './store.contract.js';

let dir = '';
let store: GraphStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-'));
  store = await openMemoryStore(dir);
  await store.write(korea());
});

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const A = (n: number) => `article:a00000000000000${n}`;
/** Every event of the fixture with Kim Jong Un as a participant (all but Moon's June statement and the US sanction). */
const KIM_EVENTS = [
  'event:summit-panmunjom-2018',
  'event:summit-singapore',
  'event:visit-pompeo-august',
  'event:summit-pyongyang-2018',
  'event:visit-pompeo-october',
  'event:visit-kim-beijing',
  'event:meeting-kim-biegun',
  'event:summit-hanoi',
  'event:summit-vladivostok',
  'event:letter-trump-kim',
  'event:meeting-panmunjom-2019',
  'event:summit-third',
  'event:meeting-moon-kim-undated',
];
const KIM_PEOPLE = ['person:kim-jong-un', 'person:moon-jae-in', 'person:donald-trump', 'person:mike-pompeo', 'person:xi-jinping', 'person:stephen-biegun', 'person:vladimir-putin'];
const KIM_PLACES = ['place:panmunjom', 'place:singapore', 'place:pyongyang', 'place:beijing', 'place:hanoi', 'place:vladivostok'];

const sorted = (graph: ExportGraph) => graph.nodes().sort();
const sortedIds = (ids: string[]) => [...ids].sort();

describe('the whole graph', () => {
  it('holds one node per entity, event and article and one edge per relationship the store counts', async () => {
    const graph = await loadExportGraph(store);
    const counts = await store.counts();
    expect(graph.order).toBe(counts.articles + counts.entities + counts.events);
    expect(graph.size).toBe(counts.edges);
    expect(graph.getAttributes()).toEqual({ generatedFrom: 'memory', filter: {} });
  });

  it('gives nodes the attributes of the export contract, absent values left out', async () => {
    const graph = await loadExportGraph(store);
    const fixture = korea();
    expect(graph.getNodeAttributes('person:kim-jong-un')).toMatchObject({ label: 'Kim Jong Un', kind: 'PERSON', group: 'entity', aliases: fixture.entities.find((e) => e.id === 'person:kim-jong-un')?.aliases });
    const singapore = fixture.events.find((e) => e.id === 'event:summit-singapore') as EventFact;
    expect(graph.getNodeAttributes('event:summit-singapore')).toMatchObject({
      label: singapore.title,
      kind: 'SUMMIT',
      group: 'event',
      status: 'OCCURRED',
      when: '2018-06-12',
      earliest: '2018-06-12',
      latest: '2018-06-12',
      sources: [A(1), A(2)],
      place: 'place:singapore',
      evidence: singapore.evidence,
      cameo: '044',
    });
    const undated = graph.getNodeAttributes('event:meeting-moon-kim-undated');
    expect(['when', 'earliest', 'latest'].filter((k) => k in undated)).toEqual([]);
    expect(graph.getNodeAttributes(A(1))).toMatchObject({ kind: 'ARTICLE', group: 'article' });
    graph.forEachNode((key, attrs) => expect(Object.entries(attrs).filter(([, v]) => v === null || v === undefined), key).toEqual([]));
  });

  it("gives a participant link the type, the event's dates and the participant's evidence", async () => {
    const graph = await loadExportGraph(store);
    const letter = korea().events.find((e) => e.id === 'event:letter-trump-kim') as EventFact;
    const sent = graph.getEdgeAttributes(graph.edges('person:donald-trump', 'event:letter-trump-kim')[0] as string);
    expect(sent).toMatchObject({ type: 'SENT', role: 'sender', earliest: '2019-06-01', latest: '2019-06-30', evidence: letter.participants.find((p) => p.role === 'sender')?.evidence });
    const to = graph.edges('event:letter-trump-kim', 'person:kim-jong-un');
    expect(to.map((key) => graph.getEdgeAttribute(key, 'type'))).toEqual(['TO']);
    const holds = graph.edges('person:mike-pompeo', 'country:united-states').map((key) => graph.getEdgeAttributes(key));
    expect(holds).toEqual(
      expect.arrayContaining([
        { type: 'HOLDS', title: 'Secretary of State', from: '2018-04-26' },
        { type: 'HOLDS', title: 'Director of the CIA', from: '2017-01-23', to: '2018-04-26' },
      ]),
    );
  });
});

describe('the subgraph filter', () => {
  it('around Kim Jong Un, one hop: his events, who and where they involve, their articles', async () => {
    const graph = await loadExportGraph(store, { entity: ['Kim Jong Un'] });
    expect(graph.getAttribute('filter')).toEqual({ entity: ['person:kim-jong-un'], hops: 1 });
    expect(sorted(graph)).toEqual(sortedIds([...KIM_EVENTS, ...KIM_PEOPLE, ...KIM_PLACES, A(1), A(2), A(3), A(4), A(5)]));
    // 27 participant links, 9 HELD_IN, 13 MET (none for the cancelled visit; three for the
    // Trump-Kim-Moon meeting), 14 SUPPORTS (Singapore has two sources); no HOLDS, as no country is in.
    expect(graph.size).toBe(27 + 9 + 13 + 14);
  });

  it('takes the events of a window: February 2019', async () => {
    const graph = await loadExportGraph(store, { from: '2019-02-01', to: '2019-02-28' });
    expect(sorted(graph)).toEqual(sortedIds(['event:meeting-kim-biegun', 'event:summit-hanoi', 'person:kim-jong-un', 'person:stephen-biegun', 'person:donald-trump', 'place:hanoi', A(2)]));
    // 4 participant links, 1 HELD_IN, 2 MET, 2 SUPPORTS
    expect(graph.size).toBe(9);
  });

  it('combines entities and a window, reading partial dates as the whole year', async () => {
    const graph = await loadExportGraph(store, { entity: ['moon'], from: '2019', to: '2019' });
    expect(graph.getAttribute('filter')).toEqual({ entity: ['person:moon-jae-in'], from: '2019-01-01', to: '2019-12-31', hops: 1 });
    expect(sorted(graph)).toEqual(
      sortedIds(['event:statement-moon-june', 'event:meeting-panmunjom-2019', 'person:moon-jae-in', 'person:donald-trump', 'person:kim-jong-un', 'place:panmunjom', A(3), A(5)]),
    );
  });

  it('counts hops: Biegun alone at 0, his meeting with Kim at 1, all of Kim at 2', async () => {
    expect(sorted(await loadExportGraph(store, { entity: ['person:stephen-biegun'], hops: 0 }))).toEqual(['person:stephen-biegun']);
    expect(sorted(await loadExportGraph(store, { entity: ['Biegun'], hops: 1 }))).toEqual(
      sortedIds(['person:stephen-biegun', 'event:meeting-kim-biegun', 'person:kim-jong-un', A(2)]),
    );
    const two = await loadExportGraph(store, { entity: ['Biegun'], hops: 2 });
    expect(sorted(two)).toEqual(sorted(await loadExportGraph(store, { entity: ['Kim Jong Un'] })));
  });

  it('reaches events through their place', async () => {
    const graph = await loadExportGraph(store, { entity: ['Hanoi'] });
    expect(sorted(graph)).toEqual(sortedIds(['place:hanoi', 'event:summit-hanoi', 'person:donald-trump', 'person:kim-jong-un', A(2)]));
  });

  it('keeps the holdings whose both ends are in', async () => {
    const graph = await loadExportGraph(store, { entity: ['country:united-states'] });
    // the sanction (US imposer, North Korea target); no person holds an office of either there
    expect(graph.edges().filter((key) => graph.getEdgeAttribute(key, 'type') === 'HOLDS')).toEqual([]);
    // With Pompeo: his two offices of the US, and Kim's of North Korea (Kim is in through Pompeo's
    // visits, North Korea through the sanction); Trump is not in, so his presidency is not.
    const withPompeo = await loadExportGraph(store, { entity: ['country:united-states', 'Pompeo'] });
    const holds = withPompeo.edges().filter((key) => withPompeo.getEdgeAttribute(key, 'type') === 'HOLDS');
    expect(holds.map((key) => withPompeo.source(key)).sort()).toEqual(['person:kim-jong-un', 'person:mike-pompeo', 'person:mike-pompeo']);
  });
});

describe('filter misuse', () => {
  it.each([
    [{ entity: ['Kim Jong Eun'] }, 'UNKNOWN_ENTITY', /Kim Jong Eun/],
    [{ from: '2019-13' }, 'BAD_DATE', /from: "2019-13"/],
    [{ from: '2019-06-01', to: '2019-01-01' }, 'BAD_DATE', /after/],
    [{ hops: 1 }, 'BAD_HOPS', /entity/],
    [{ entity: ['Kim'], hops: 11 }, 'BAD_HOPS', /0 to 10/],
    [{ entity: ['Kim'], hops: 1.5 }, 'BAD_HOPS', /whole number/],
  ])('%j is an ExportError %s', async (filter, code, message) => {
    await expect(loadExportGraph(store, filter)).rejects.toMatchObject({ name: 'ExportError', code, message: expect.stringMatching(message) });
  });
});
