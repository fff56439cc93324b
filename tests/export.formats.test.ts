// The export formats on the contract suite's Korea fixture (tests/fixtures/store/korea.json: 17
// entities, 15 events, 5 articles, 73 edges; the Singapore summit on 2018-06-12, Pompeo at the
// CIA from 2017-01-23 to 2018-04-26). Cytoscape JSON goes through Cytoscape's own JSON loader
// (cy.json(), headless); GEXF and GraphML through a DOM parser for what the Python round trip
// (export.python.test.ts) does not see: declared keys, GEXF time attributes and viz data.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExportGraph, type ExportGraph } from '../src/export/loadExportGraph.js';
import { exportFormat, renderExport } from '../src/export/renderExport.js';
import { toCsv } from '../src/export/toCsv.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { korea } from './store.contract.js';

const NODES = 17 + 15 + 5;
const EDGES = 73;

let dir = '';
let store: GraphStore;
let graph: ExportGraph;
const text = (format: 'gexf' | 'graphml' | 'cytoscape') => renderExport(graph, format).files[0]?.text ?? '';
const xml = (source: string) => new DOMParser().parseFromString(source, 'text/xml');
const elements = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag));
const byId = (doc: Document, tag: string, id: string) => elements(doc, tag).find((e) => e.getAttribute('id') === id);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-formats-'));
  store = await openMemoryStore(dir);
  await store.write(korea());
  graph = await loadExportGraph(store);
});

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('renderExport', () => {
  it('lays every node out, the same way each time', async () => {
    renderExport(graph, 'cytoscape');
    graph.forEachNode((key, attrs) => expect([typeof attrs.x, typeof attrs.y], key).toEqual(['number', 'number']));
    const again = await loadExportGraph(store);
    renderExport(again, 'cytoscape');
    expect(again.mapNodes((_k, a) => [a.x, a.y])).toEqual(graph.mapNodes((_k, a) => [a.x, a.y]));
  });

  it('names each format its files and media types, and refuses an unknown format', () => {
    expect(renderExport(graph, 'csv').files.map((f) => [f.name, f.type])).toEqual([
      ['nodes.csv', 'text/csv; charset=utf-8'],
      ['edges.csv', 'text/csv; charset=utf-8'],
    ]);
    expect(renderExport(graph, 'gexf').files.map((f) => f.name)).toEqual(['newsgraph.gexf']);
    expect(exportFormat('GraphML')).toBe('graphml');
    expect(() => exportFormat('png')).toThrow(expect.objectContaining({ name: 'ExportError', code: 'BAD_FORMAT' }));
  });
});

describe('Cytoscape.js JSON', () => {
  it("loads in Cytoscape's own JSON loader with every node, edge, kind and date", () => {
    const cy = cytoscape({ headless: true });
    cy.json(JSON.parse(text('cytoscape')) as Parameters<typeof cy.json>[0]);
    expect(cy.nodes().length).toBe(NODES);
    expect(cy.edges().length).toBe(EDGES);
    const singapore = cy.getElementById('event:summit-singapore');
    expect(singapore.data()).toMatchObject({ kind: 'SUMMIT', earliest: '2018-06-12', latest: '2018-06-12', place: 'place:singapore' });
    expect(cy.getElementById('person:kim-jong-un').data('kind')).toBe('PERSON');
    expect(cy.nodes('[kind = "ARTICLE"]').length).toBe(5);
    expect(cy.edges('[type = "HELD_IN"][source = "event:summit-singapore"]').targets().map((n) => n.id())).toEqual(['place:singapore']);
    expect(typeof cy.getElementById('person:kim-jong-un').position('x')).toBe('number');
    cy.destroy();
  });
});

describe('GEXF 1.3', () => {
  it('is dynamic by date, with start/end on dated nodes and edges only', () => {
    const doc = xml(text('gexf'));
    expect(doc.documentElement.getAttribute('version')).toBe('1.3');
    const graphElement = elements(doc, 'graph')[0];
    expect([graphElement?.getAttribute('mode'), graphElement?.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    const interval = (e: Element | undefined) => [e?.getAttribute('start') || null, e?.getAttribute('end') || null];
    expect(interval(byId(doc, 'node', 'event:summit-singapore'))).toEqual(['2018-06-12', '2018-06-12']);
    expect(interval(byId(doc, 'node', 'event:meeting-moon-kim-undated'))).toEqual([null, null]);
    expect(interval(byId(doc, 'node', 'person:kim-jong-un'))).toEqual([null, null]);
    expect(interval(byId(doc, 'edge', 'HOLDS|person:mike-pompeo|country:united-states|Director of the CIA|2017-01-23'))).toEqual(['2017-01-23', '2018-04-26']);
    expect(interval(byId(doc, 'edge', 'HELD_IN|event:summit-hanoi|place:hanoi'))).toEqual(['2019-02-27', '2019-02-28']);
  });

  it('dates elements whose keys need escaping', () => {
    const small = graph.copy() as ExportGraph;
    small.clear();
    small.addNode('event:a&"b<c>', { label: 'A', kind: 'SUMMIT', group: 'event', earliest: '2019-02-27', latest: '2019-02-28' });
    small.addNode('place:x', { label: 'X', kind: 'PLACE', group: 'entity' });
    small.addDirectedEdgeWithKey('HELD_IN|event:a&"b<c>|place:x', 'event:a&"b<c>', 'place:x', { type: 'HELD_IN', earliest: '2019-02-27', latest: '2019-02-28' });
    const doc = xml(renderExport(small, 'gexf').files[0]?.text ?? '');
    expect(byId(doc, 'node', 'event:a&"b<c>')?.getAttribute('start')).toBe('2019-02-27');
    expect(byId(doc, 'edge', 'HELD_IN|event:a&"b<c>|place:x')?.getAttribute('end')).toBe('2019-02-28');
  });

  it('declares typed attributes, and gives nodes a label, a colour and a position', () => {
    const doc = xml(text('gexf'));
    const declared = (cls: string) =>
      Object.fromEntries(elements(doc, 'attributes').filter((a) => a.getAttribute('class') === cls).flatMap((a) => elements(a as unknown as Document, 'attribute').map((e) => [e.getAttribute('id'), e.getAttribute('type')])));
    expect(declared('node')).toMatchObject({ kind: 'string', aliases: 'liststring', confidence: 'double', sources: 'liststring' });
    expect(declared('edge')).toMatchObject({ type: 'string', quoteStart: 'integer', quoteEnd: 'integer' });
    expect(declared('edge')).not.toHaveProperty('start');
    const kim = byId(doc, 'node', 'person:kim-jong-un');
    expect(kim?.getAttribute('label')).toBe('Kim Jong Un');
    expect(kim?.getElementsByTagName('viz:color')[0]?.getAttribute('r')).toMatch(/^\d+$/);
    expect(kim?.getElementsByTagName('viz:position')[0]?.getAttribute('x')).toMatch(/^-?[\d.e-]+$/);
  });
});

describe('GraphML', () => {
  it('declares a typed key for every value it writes', () => {
    const doc = xml(text('graphml'));
    const keys = new Map(elements(doc, 'key').map((k) => [k.getAttribute('id'), k]));
    for (const data of elements(doc, 'data')) expect(keys.has(data.getAttribute('key')), data.getAttribute('key') ?? '').toBe(true);
    const key = (id: string) => [keys.get(id)?.getAttribute('for'), keys.get(id)?.getAttribute('attr.name'), keys.get(id)?.getAttribute('attr.type')];
    expect(key('n_kind')).toEqual(['node', 'kind', 'string']);
    expect(key('n_confidence')).toEqual(['node', 'confidence', 'double']);
    expect(key('n_x')).toEqual(['node', 'x', 'double']);
    expect(key('e_sentence')).toEqual(['edge', 'sentence', 'long']);
    expect(elements(doc, 'graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    expect(elements(doc, 'node')).toHaveLength(NODES);
    expect(elements(doc, 'edge')).toHaveLength(EDGES);
  });

  it('writes lists and evidence as JSON text', () => {
    const doc = xml(text('graphml'));
    const value = (id: string, key: string) => Array.from(byId(doc, 'node', id)?.getElementsByTagName('data') ?? []).find((d) => d.getAttribute('key') === key)?.textContent ?? '';
    expect(JSON.parse(value('event:summit-singapore', 'n_sources'))).toEqual(['article:a000000000000001', 'article:a000000000000002']);
    expect(JSON.parse(value('event:summit-singapore', 'n_evidence'))).toEqual(korea().events.find((e) => e.id === 'event:summit-singapore')?.evidence);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180) and types the columns', () => {
    const small = graph.copy() as ExportGraph;
    small.clear();
    small.addNode('person:a', { label: 'Kim, "the leader"\nof the North', kind: 'PERSON', group: 'entity', aliases: ['Kim', 'Un'], x: 1.5, y: 2 });
    small.addNode('event:b', { label: 'Summit', kind: 'WEAPONS_TEST', group: 'event', ordinal: 2, evidence: [{ quote: 'a, b' }] });
    small.addDirectedEdgeWithKey('ATTENDED|person:a|event:b|participant', 'person:a', 'event:b', { type: 'ATTENDED', role: 'participant', sentence: 3 });
    const { nodes, edges } = toCsv(small);
    expect(nodes).toBe(
      'id:ID,:LABEL,label,kind,group,aliases:string[],x:double,y:long,ordinal:long,evidence\n' +
        'person:a,Entity;Person,"Kim, ""the leader""\nof the North",PERSON,entity,Kim;Un,1.5,2,,\n' +
        'event:b,Event;WeaponsTest,Summit,WEAPONS_TEST,event,,,,2,"[{""quote"":""a, b""}]"\n',
    );
    expect(edges).toBe(':START_ID,:END_ID,:TYPE,key,role,sentence:long\nperson:a,event:b,ATTENDED,ATTENDED|person:a|event:b|participant,participant,3\n');
  });
});
