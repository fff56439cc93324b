// The html export without a browser: the page toHtml writes (self-contained, the graph as JSON that
// no text can break out of, a clear error without the viewer bundle), and the viewer's pure parts
// (time filter, details panel content, search) on a small graph built by hand in the export graph's
// shape (/work/notes/exportModel.md). The browser test (browser.exportHtml.test.ts) runs the page.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportEdgeAttributes, ExportGraph, ExportGraphAttributes, ExportNodeAttributes } from '../src/export/loadExportGraph.js';
import { toHtml } from '../src/export/toHtml.js';
import { detailsOf } from '../src/export/viewer/detailsOf.js';
import { KIND_COLORS } from '../src/export/viewer/kindColors.js';
import { layoutGraph } from '../src/export/viewer/layoutGraph.js';
import { nodeSearch } from '../src/export/viewer/nodeSearch.js';
import { timeFilter } from '../src/export/viewer/timeFilter.js';

// Lets one test make the viewer bundle unreadable; every other read goes to the real file system.
const bundle = vi.hoisted(() => ({ hidden: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: string, ...rest: unknown[]) => {
    if (bundle.hidden && String(file).includes(path.join('dist', 'viewer'))) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${String(file)}'`), { code: 'ENOENT' });
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const SINGAPORE_QUOTE = 'Trump and Kim met for their first summit in Singapore on June 12.';
const HANOI_QUOTE = 'The talks broke down in late February in Hanoi </script><script>window.hacked = 1</script>.';

/** Two summits, two people, a place, a holding and two articles, as loadExportGraph would give them. */
function handGraph(): ExportGraph {
  const graph: ExportGraph = new MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes, ExportGraphAttributes>();
  graph.replaceAttributes({ generatedFrom: 'memory', filter: {} });
  graph.addNode('person:kim-jong-un', { label: 'Kim Jong Un', kind: 'PERSON', group: 'entity', aliases: ['Kim', 'Kim Jong-un'] });
  graph.addNode('person:donald-trump', { label: 'Donald Trump', kind: 'PERSON', group: 'entity', aliases: ['Trump'] });
  graph.addNode('country:north-korea', { label: 'North Korea', kind: 'COUNTRY', group: 'entity', aliases: ['DPRK'] });
  graph.addNode('place:singapore', { label: 'Singapore', kind: 'PLACE', group: 'entity', aliases: [] });
  graph.addNode('article:a1', { label: 'Another summit is coming', title: 'Another summit is coming', kind: 'ARTICLE', group: 'article', url: 'https://example.com/a1', publishedEarliest: '2018-09-20', publishedLatest: '2019-01-31', dateSource: 'inferred' });
  graph.addNode('article:a2', { label: 'article:a2', kind: 'ARTICLE', group: 'article', publishedEarliest: '2019-03-29', publishedLatest: '2019-03-29', dateSource: 'header' });
  const singaporeEvidence = [{ article: 'article:a1', sentence: 15, start: 100, end: 100 + SINGAPORE_QUOTE.length, quote: SINGAPORE_QUOTE }];
  const hanoiEvidence = [{ article: 'article:a2', sentence: 0, start: 0, end: HANOI_QUOTE.length, quote: HANOI_QUOTE }];
  graph.addNode('event:singapore', { label: 'First summit: Donald Trump – Kim Jong Un', kind: 'SUMMIT', group: 'event', status: 'OCCURRED', when: '2018-06-12', earliest: '2018-06-12', latest: '2018-06-12', confidence: 0.8, sources: ['article:a1'], place: 'place:singapore', evidence: singaporeEvidence, cameo: '044' });
  graph.addNode('event:hanoi', { label: 'Second summit: Donald Trump – Kim Jong Un', kind: 'SUMMIT', group: 'event', status: 'OCCURRED', when: '2019-02', earliest: '2019-02-01', latest: '2019-02-28', confidence: 0.7, sources: ['article:a2'], evidence: hanoiEvidence, cameo: '044' });
  graph.addNode('event:third', { label: 'Third summit: Kim Jong Un – Donald Trump', kind: 'SUMMIT', group: 'event', status: 'PLANNED', confidence: 0.5, sources: ['article:a2'], evidence: [], cameo: '044' });
  for (const [event, evidence, source] of [['event:singapore', singaporeEvidence, 'article:a1'], ['event:hanoi', hanoiEvidence, 'article:a2']] as const) {
    for (const person of ['person:donald-trump', 'person:kim-jong-un']) {
      graph.addDirectedEdgeWithKey(`ATTENDED|${person}|${event}|participant`, person, event, { type: 'ATTENDED', role: 'participant', status: 'OCCURRED', sources: [source], evidence: [...evidence] });
    }
    graph.addDirectedEdgeWithKey(`MET|person:donald-trump|person:kim-jong-un|${event}`, 'person:donald-trump', 'person:kim-jong-un', { type: 'MET', event, status: 'OCCURRED' });
    const { sentence, start, end, quote } = evidence[0]!;
    graph.addDirectedEdgeWithKey(`SUPPORTS|${source}|${event}`, source, event, { type: 'SUPPORTS', sentence, start, end, quote });
  }
  graph.addDirectedEdgeWithKey('HELD_IN|event:singapore|place:singapore', 'event:singapore', 'place:singapore', { type: 'HELD_IN', status: 'OCCURRED', earliest: '2018-06-12', latest: '2018-06-12' });
  graph.addDirectedEdgeWithKey('HOLDS|person:kim-jong-un|country:north-korea|Supreme Leader|2011-12-17', 'person:kim-jong-un', 'country:north-korea', { type: 'HOLDS', title: 'Supreme Leader', from: '2011-12-17' });
  return graph;
}

describe('toHtml', () => {
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [path.join('scripts', 'buildViewer.mjs')]);
  }, 60_000);

  it('writes one self-contained page: inline script and style, no external resource, a CSP that allows no fetch', () => {
    const html = toHtml(handGraph());
    const { document } = new JSDOM(html).window;
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', null]);
    expect(scripts.every((s) => !s.hasAttribute('src'))).toBe(true);
    expect(scripts[1]?.textContent?.length).toBeGreaterThan(10_000); // sigma, graphology, the view
    expect(document.querySelectorAll('link, img, iframe, [src]')).toHaveLength(0);
    expect(document.querySelector('style')?.textContent).toContain('#details');
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    for (const id of ['graph', 'legend', 'details', 'search', 'search-hits', 'day', 'day-label', 'undated', 'shown']) expect(document.getElementById(id), `#${id}`).not.toBeNull();
    expect(document.title).toBe('newsgraph: 9 nodes, 10 edges');
  });

  it('embeds the graph as JSON that a quote cannot break out of, and that reads back to the same graph', () => {
    const graph = handGraph();
    const html = toHtml(graph);
    const { document } = new JSDOM(html).window;
    const block = document.getElementById('newsgraph-data')?.textContent ?? '';
    expect(block).not.toContain('<');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const back = MultiDirectedGraph.from(JSON.parse(block));
    expect(back.export()).toEqual(graph.export());
    expect(back.getNodeAttribute('event:hanoi', 'evidence')[0].quote).toBe(HANOI_QUOTE);
  });

  it('names the filter of a selected subgraph in the title', () => {
    const graph = handGraph();
    graph.setAttribute('filter', { entity: ['person:kim-jong-un'], hops: 1, from: '2019-01-01' });
    const { document } = new JSDOM(toHtml(graph)).window;
    expect(document.title).toBe('newsgraph: 9 nodes, 10 edges, around person:kim-jong-un within 1 hop(s), events from 2019-01-01 to the end');
  });

  it('says which bundle file is missing and to run npm run build', () => {
    bundle.hidden = true;
    try {
      expect(() => toHtml(handGraph())).toThrow(expect.objectContaining({ name: 'ViewerBundleMissing', message: expect.stringMatching(/dist\/viewer\/viewer\.js is missing.*run `npm run build`/) }));
    } finally {
      bundle.hidden = false;
    }
  });
});

describe('the viewer layout', () => {
  it('draws every node and edge, coloured by kind, and gives sigma no edge type of the graph model', () => {
    const graph = handGraph();
    const display = layoutGraph(graph);
    expect(display.nodes()).toEqual(graph.nodes());
    expect(display.edges()).toEqual(graph.edges());
    expect(display.getNodeAttributes('person:kim-jong-un')).toMatchObject({ label: 'Kim Jong Un', color: KIND_COLORS.PERSON });
    expect(display.getNodeAttribute('event:hanoi', 'color')).toBe(KIND_COLORS.SUMMIT);
    expect(display.getNodeAttribute('article:a2', 'color')).toBe(KIND_COLORS.ARTICLE);
    expect(display.getNodeAttribute('person:kim-jong-un', 'size')).toBeGreaterThan(display.getNodeAttribute('place:singapore', 'size'));
    display.forEachEdge((_key, attrs) => expect(attrs.type).toBeUndefined());
  });

  it('keeps the positions of a laid-out graph, and lays out one without positions the same way every time', () => {
    const graph = handGraph();
    const unplaced = layoutGraph(graph);
    const positions = unplaced.mapNodes((_key, a) => [a.x, a.y]);
    expect(positions.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(new Set(positions.map((p) => p.join(','))).size).toBe(graph.order);
    expect(layoutGraph(graph).mapNodes((_key, a) => [a.x, a.y])).toEqual(positions);
    graph.forEachNode((key, _a) => graph.mergeNodeAttributes(key, { x: key.length, y: -key.length }));
    expect(layoutGraph(graph).getNodeAttributes('event:hanoi')).toMatchObject({ x: 11, y: -11 });
  });
});

describe('the viewer time filter', () => {
  it('spans the events from the earliest day to the latest and hides events not begun by the slider day', () => {
    const time = timeFilter(handGraph());
    expect(time).toMatchObject({ firstDay: '2018-06-12', lastDay: '2019-02-28', days: 262 }); // 2018-06-12..2019-02-28 inclusive
    expect(time.dayAt(0)).toBe('2018-06-12');
    expect(time.dayAt(time.days - 1)).toBe('2019-02-28');
    expect([...time.hiddenAt(time.days - 1, true)]).toEqual([]);
    expect([...time.hiddenAt(time.days - 1, false)]).toEqual(['event:third']);
    // 2019-01-31 is offset 233: the Hanoi summit (from 2019-02-01) is not shown yet.
    expect(time.dayAt(233)).toBe('2019-01-31');
    expect([...time.hiddenAt(233, true)]).toEqual(['event:hanoi']);
    expect([...time.hiddenAt(234, true)]).toEqual([]);
  });

  it('has no range when no event is dated', () => {
    const graph = handGraph();
    graph.dropNode('event:singapore');
    graph.dropNode('event:hanoi');
    expect(timeFilter(graph)).toMatchObject({ firstDay: null, lastDay: null, days: 0 });
  });
});

describe('the viewer details panel', () => {
  const graph = handGraph();

  it('shows an event its evidence sentence, span and source article', () => {
    expect(detailsOf(graph, { node: 'event:singapore' })).toEqual({
      heading: 'First summit: Donald Trump – Kim Jong Un',
      kind: 'SUMMIT',
      facts: [['kind', 'SUMMIT'], ['status', 'OCCURRED'], ['when', '2018-06-12'], ['days', '2018-06-12'], ['place', 'Singapore'], ['confidence', '0.80'], ['CAMEO', '044']],
      evidence: [{ article: 'article:a1', articleTitle: 'Another summit is coming', sentence: 15, start: 100, end: 165, quote: SINGAPORE_QUOTE }],
      sources: [{ id: 'article:a1', title: 'Another summit is coming', url: 'https://example.com/a1', date: '2018-09-20..2019-01-31' }],
    });
  });

  it('shows a person the evidence of each event they took part in', () => {
    const kim = detailsOf(graph, { node: 'person:kim-jong-un' });
    expect(kim.facts).toEqual([['kind', 'PERSON'], ['aliases', 'Kim, Kim Jong-un']]);
    expect(kim.evidence.map((e) => [e.about, e.quote])).toEqual([
      ['First summit: Donald Trump – Kim Jong Un', SINGAPORE_QUOTE],
      ['Second summit: Donald Trump – Kim Jong Un', HANOI_QUOTE],
    ]);
    expect(kim.sources.map((s) => s.id)).toEqual(['article:a1', 'article:a2']);
  });

  it('shows a place the evidence of the events held there, and an article the sentences it supports events with', () => {
    expect(detailsOf(graph, { node: 'place:singapore' }).evidence.map((e) => e.quote)).toEqual([SINGAPORE_QUOTE]);
    const article = detailsOf(graph, { node: 'article:a2' });
    expect(article.facts).toEqual([['kind', 'ARTICLE'], ['published', '2019-03-29'], ['date from', 'header']]);
    expect(article.evidence).toEqual([{ article: 'article:a2', articleTitle: 'article:a2', sentence: 0, start: 0, end: HANOI_QUOTE.length, quote: HANOI_QUOTE, about: 'Second summit: Donald Trump – Kim Jong Un' }]);
  });

  it('shows an edge its own evidence, its quote, or its event\'s', () => {
    const supports = detailsOf(graph, { edge: 'SUPPORTS|article:a1|event:singapore' });
    expect(supports.heading).toBe('Another summit is coming SUPPORTS First summit: Donald Trump – Kim Jong Un');
    expect(supports.evidence.map((e) => [e.article, e.sentence, e.quote])).toEqual([['article:a1', 15, SINGAPORE_QUOTE]]);
    expect(supports.sources.map((s) => s.id)).toEqual(['article:a1']);
    const met = detailsOf(graph, { edge: 'MET|person:donald-trump|person:kim-jong-un|event:hanoi' });
    expect(met.facts).toContainEqual(['event', 'Second summit: Donald Trump – Kim Jong Un']);
    expect(met.evidence.map((e) => [e.about, e.quote])).toEqual([['Second summit: Donald Trump – Kim Jong Un', HANOI_QUOTE]]);
    expect(met.sources.map((s) => s.id)).toEqual(['article:a2']);
    const attended = detailsOf(graph, { edge: 'ATTENDED|person:kim-jong-un|event:singapore|participant' });
    expect(attended.facts).toContainEqual(['role', 'participant']);
    expect(attended.evidence.map((e) => e.quote)).toEqual([SINGAPORE_QUOTE]);
    const holds = detailsOf(graph, { edge: 'HOLDS|person:kim-jong-un|country:north-korea|Supreme Leader|2011-12-17' });
    expect(holds.facts).toEqual([['type', 'HOLDS'], ['title', 'Supreme Leader'], ['held', '2011-12-17 to now']]);
    expect(holds.evidence).toEqual([]);
  });
});

describe('the viewer search', () => {
  it('finds a node by name or alias, the best match first', () => {
    const search = nodeSearch(handGraph());
    expect(search('Kim Jong-un')[0]).toEqual({ key: 'person:kim-jong-un', label: 'Kim Jong Un', kind: 'PERSON' });
    expect(search('DPRK').map((h) => h.key)).toEqual(['country:north-korea']);
    expect(search('singap').map((h) => h.key)).toContain('place:singapore');
    expect(search('Pompeo')).toEqual([]);
  });
});
