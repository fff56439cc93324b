// GET /export over a server on the contract suite's Korea fixture (17 entities, 15 events, 5
// articles, 73 edges), and `newsgraph export` from the command line: the media types and file
// names, the filters, and errors that name the parameter with a stable code.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { korea } from './store.contract.js';
import { koreaServer } from './support/koreaServer.js';
import { runCli } from './support/runCli.js';

const running = koreaServer('export-http');
const get = (query: string) => fetch(`${running.server.url}export?${query}`);

describe('GET /export', () => {
  it.each([
    ['gexf', 'application/gexf+xml; charset=utf-8', 'attachment; filename="newsgraph.gexf"', '<gexf'],
    ['graphml', 'application/graphml+xml; charset=utf-8', 'attachment; filename="newsgraph.graphml"', '<graphml'],
    ['cytoscape', 'application/json; charset=utf-8', 'attachment; filename="newsgraph.cytoscape.json"', '{"data"'],
  ])('answers format=%s as %s', async (format, type, disposition, start) => {
    const response = await get(`format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe(disposition);
    expect(await response.text()).toContain(start);
  });

  it('answers csv one table at a time', async () => {
    const nodes = await get('format=csv&table=nodes');
    expect([nodes.status, nodes.headers.get('content-type'), nodes.headers.get('content-disposition')]).toEqual([200, 'text/csv; charset=utf-8', 'attachment; filename="nodes.csv"']);
    expect((await nodes.text()).trimEnd().split('\n')).toHaveLength(1 + 17 + 15 + 5);
    const edges = await get('format=csv&table=edges');
    expect((await edges.text()).trimEnd().split('\n')).toHaveLength(1 + 73);
  });

  it('applies entity, hops and the window', async () => {
    const response = await get('format=cytoscape&entity=Stephen%20Biegun&entity=Hanoi&hops=1&from=2019-02&to=2019-02');
    const { elements } = (await response.json()) as { elements: { nodes: { data: { id: string } }[] } };
    expect(elements.nodes.map((n) => n.data.id).sort()).toEqual(
      ['article:a000000000000002', 'event:meeting-kim-biegun', 'event:summit-hanoi', 'person:donald-trump', 'person:kim-jong-un', 'person:stephen-biegun', 'place:hanoi'].sort(),
    );
  });

  it.each([
    ['format=png', 400, 'BAD_FORMAT', /png/],
    ['', 400, 'BAD_FORMAT', /format/],
    ['format=csv', 400, 'BAD_TABLE', /table=nodes or table=edges/],
    ['format=csv&table=people', 400, 'BAD_TABLE', /people/],
    ['format=gexf&from=2019-02-30', 400, 'BAD_DATE', /2019-02-30/],
    ['format=gexf&entity=Kim&hops=two', 400, 'BAD_HOPS', /two/],
    ['format=gexf&hops=2', 400, 'BAD_HOPS', /entity/],
    ['format=gexf&format=csv', 400, 'BAD_FORMAT', /once/],
    ['format=gexf&entity=Kim%20Jong%20Eun', 404, 'UNKNOWN_ENTITY', /Kim Jong Eun/],
  ])('refuses %s with %i %s', async (query, status, code, message) => {
    const response = await get(query);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe(code);
    expect(body.errors[0]?.message).toMatch(message);
  });
});

describe('newsgraph export', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-cli-'));
    const store = await openMemoryStore(path.join(dir, 'data'));
    await store.write(korea());
    await store.close();
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes csv as a directory of nodes.csv and edges.csv, and other formats as one file', async () => {
    const csv = await runCli(['export', '--data', path.join(dir, 'data'), '--format', 'csv', '--out', path.join(dir, 'csv'), '--entity', 'Hanoi']);
    expect(csv.code).toBe(0);
    // The Hanoi summit, Hanoi, Trump, Kim, article 2; two ATTENDED, HELD_IN, MET, SUPPORTS.
    expect(csv.stdout).toMatch(/nodes\.csv and .*edges\.csv: 5 nodes, 5 edges/);
    expect((await readFile(path.join(dir, 'csv', 'nodes.csv'), 'utf8')).split('\n')[0]).toMatch(/^id:ID,:LABEL,/);
    const gexf = await runCli(['export', '--data', path.join(dir, 'data'), '--format', 'gexf', '--out', path.join(dir, 'korea.gexf')]);
    expect(gexf.code).toBe(0);
    expect(await readFile(path.join(dir, 'korea.gexf'), 'utf8')).toContain('mode="dynamic"');
  });

  it.each([
    [['--format', 'png'], /format: "png" is not an export format \(gexf, graphml, cytoscape, csv, html\)/],
    [['--format', 'gexf', '--from', 'yesterday'], /from: "yesterday" is not an ISO date/],
    [['--format', 'gexf', '--entity', 'Kim Jong Eun'], /entity "Kim Jong Eun": no entity/],
    [['--format', 'gexf', '--entity', 'Kim', '--hops', 'x'], /--hops.*expected a whole number, got "x"/],
  ])('fails clearly on %j', async (args, message) => {
    const result = await runCli(['export', '--data', path.join(dir, 'data'), '--out', path.join(dir, 'never'), ...args]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
