// Following feeds (src/feeds/watchFeeds.ts, pollFeed.ts, feedState.ts) and the commands that do
// it: `newsgraph ingest URL... --urls FILE`, `newsgraph watch`, `newsgraph serve --watch`, against
// the news site of tests/support/newsServer.ts (loopback only). The CLI runs as a child process
// from source, as in cli.test.ts; SIGINT goes to a real watch process.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchFeeds } from '../src/feeds/watchFeeds.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { closedPort } from './support/closedPort.js';
import { startNewsServer, type NewsServer } from './support/newsServer.js';
import { runCli } from './support/runCli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
let site: NewsServer;
let dir: string;
let next = 0;
beforeAll(async () => {
  site = await startNewsServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-watch-'));
});
afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

const dataDir = () => path.join(dir, `data-${next++}`);
const quick = { hostDelayMs: 0, timeoutMs: 2_000 };
/**
 * The feed of tests/fixtures/feeds/rss.xml (ETag "v1") until `update()` or until it has answered
 * `updateAfter` requests, then rss-updated.xml (ETag "v2"); both answer 304 to their own ETag.
 */
function changingFeed(route: string, updateAfter = Infinity): { url: string; update: () => void } {
  let version = 1;
  let answered = 0;
  site.route(route, (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (answered++ >= updateAfter) version = 2;
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(site.fixtureBytes(version === 1 ? 'rss.xml' : 'rss-updated.xml'));
  });
  return { url: site.base + route, update: () => (version = 2) };
}
const articlesIn = async (data: string): Promise<string[]> => {
  const store = await openMemoryStore(data);
  try {
    return (await store.articles({ first: 100, offset: 0 })).items.map((a) => a.source.replace(site.base, '')).sort();
  } finally {
    await store.close();
  }
};
const feedState = async (data: string) => JSON.parse(await readFile(path.join(data, 'feeds.json'), 'utf8')) as { feeds: Record<string, { etag?: string }> };
const LINE_TIME = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';

describe('watchFeeds', () => {
  it('polls with conditional requests: all items first, then only the new ones, then 304', async () => {
    const feed = changingFeed('/watched.xml');
    const data = dataDir();
    const store = await openMemoryStore(data);
    const lines: string[] = [];
    const pathsAt: number[] = [];
    const summary = await watchFeeds([feed.url], store, {
      everyMs: 100, polls: 3, dataDir: data, fetch: quick,
      now: () => new Date('2026-05-01T10:00:00.000Z'),
      log: (line) => {
        lines.push(line.replace(site.base, ''));
        pathsAt.push(site.requests.length);
        feed.update();
      },
    });
    await store.close();
    expect(summary).toEqual({ rounds: 3, stopped: false });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^2026-05-01T10:00:00\.000Z poll 1 \/watched\.xml: 200, 3 items, 3 new: 3 ingested, 0 already in the store, 0 skipped \(\d+\.\d s\)$/);
    expect(lines[1]).toMatch(/^2026-05-01T10:00:00\.000Z poll 2 \/watched\.xml: 200, 5 items, 2 new: 2 ingested, 0 already in the store, 0 skipped \(\d+\.\d s\)$/);
    expect(lines[2]).toMatch(/^2026-05-01T10:00:00\.000Z poll 3 \/watched\.xml: 304 not modified \(\d+\.\d s\)$/);
    // Poll 2 fetched the feed and the one new teaser's page (the other new item carries its full text); nothing already stored.
    expect(site.paths().slice(pathsAt[0], pathsAt[1])).toEqual(['/watched.xml', '/articles/valletta-summit']);
    expect(site.requests[pathsAt[1]!]?.headers['if-none-match']).toBe('"v2"');
    expect(await articlesIn(data)).toEqual(['/articles/2021/03/04/rome-talks', '/articles/malta-presidency', '/articles/oslo-ministers', '/articles/undated-notes', '/articles/valletta-summit']);
    expect((await feedState(data)).feeds[feed.url]).toEqual({ etag: '"v2"', checkedAt: '2026-05-01T10:00:00.000Z' });
  });

  it('keeps the old validators while an item fails, so the next poll fetches the feed in full and gets the item', async () => {
    site.route('/flaky.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"flaky"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"flaky"' })
        .end(`<rss version="2.0"><channel><title>Flaky desk</title><item><title>Ministers gather</title><link>${site.base}/articles/flaky</link><description>Teaser.</description></item></channel></rss>`);
    });
    let pageCalls = 0;
    site.route('/articles/flaky', (req, res) => (pageCalls++ === 0 ? void res.writeHead(404).end() : site.fixture('pages/valletta-summit.html', 'text/html')(req, res)));
    const data = dataDir();
    const store = await openMemoryStore(data);
    const lines: string[] = [];
    await watchFeeds([`${site.base}/flaky.xml`], store, { everyMs: 100, polls: 3, dataDir: data, fetch: quick, log: (line) => lines.push(line.replace(site.base, '').replace(site.base, '')) });
    await store.close();
    const shown = lines.map((l) => l.replace(new RegExp(`^${LINE_TIME} `), '').replace(/ \(\d+\.\d s\)$/, ''));
    expect(shown).toEqual([
      'poll 1 /flaky.xml: 200, 1 item, 1 new: 0 ingested, 0 already in the store, 1 skipped',
      '  skipped /articles/flaky: HTTP 404 Not Found',
      'poll 2 /flaky.xml: 200, 1 item, 1 new: 1 ingested, 0 already in the store, 0 skipped',
      'poll 3 /flaky.xml: 304 not modified',
    ]);
    expect(site.requests.filter((r) => r.path === '/flaky.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined, '"flaky"']);
  });

  it('gets the feed after a 429 once its Retry-After has passed', async () => {
    let calls = 0;
    site.route('/busy-once.xml', (_req, res) => {
      if (calls++ === 0) return void res.writeHead(429, { 'retry-after': '1' }).end();
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(site.fixtureBytes('atom.xml'));
    });
    const data = dataDir();
    const store = await openMemoryStore(data);
    const lines: string[] = [];
    await watchFeeds([`${site.base}/busy-once.xml`], store, { everyMs: 100, polls: 1, dataDir: data, fetch: quick, log: (line) => lines.push(line) });
    await store.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ 200, 2 items, 2 new: 2 ingested/);
    const [first, second] = site.requests.filter((r) => r.path === '/busy-once.xml');
    expect(second!.start - first!.end!).toBeGreaterThanOrEqual(995);
  });

  it('does not ask a host again before the time its Retry-After named, across polls', async () => {
    site.route('/busy.xml', (_req, res) => void res.writeHead(429, { 'retry-after': '30' }).end());
    const data = dataDir();
    const store = await openMemoryStore(data);
    const lines: string[] = [];
    await watchFeeds([`${site.base}/busy.xml`], store, { everyMs: 100, polls: 2, dataDir: data, fetch: { ...quick, maxWaitMs: 1000 }, log: (line) => lines.push(line.replace(site.base, '')) });
    await store.close();
    expect(lines[0]).toMatch(new RegExp(`^${LINE_TIME} poll 1 /busy\\.xml: failed: HTTP 429 Too Many Requests; Retry-After 30 `));
    expect(lines[1]).toMatch(new RegExp(`^${LINE_TIME} poll 2 /busy\\.xml: failed: 127\\.0\\.0\\.1:\\d+ asked to wait (29|30) s more before the next request; not fetched this time `));
    expect(site.requests.filter((r) => r.path === '/busy.xml')).toHaveLength(1);
  });

  it('logs a feed that is no feed and goes on with the others', async () => {
    const data = dataDir();
    const store = await openMemoryStore(data);
    const lines: string[] = [];
    await watchFeeds([`${site.base}/articles/athens-forum`, `${site.base}/atom.xml`, `${site.base}/gone.xml`], store, { everyMs: 100, polls: 1, dataDir: data, fetch: quick, log: (line) => lines.push(line.replace(site.base, '')) });
    await store.close();
    expect(lines.map((l) => l.replace(new RegExp(`^${LINE_TIME} `), '').replace(/ \(\d+\.\d s\)$/, '')).sort()).toEqual([
      'poll 1 /articles/athens-forum: failed: an HTML page, not a feed',
      'poll 1 /atom.xml: 200, 2 items, 2 new: 2 ingested, 0 already in the store, 0 skipped',
      'poll 1 /gone.xml: failed: HTTP 404 Not Found',
    ]);
  });
});

describe('newsgraph ingest URL...', () => {
  it('ingests pages and feeds given as URLs and in --urls FILE, reports failures, and fetches nothing already stored when run again', async () => {
    const data = dataDir();
    const list = path.join(dir, 'urls.txt');
    await writeFile(list, `# what the desk follows\n${site.base}/rss.xml   # The Harbour Gazette\n\n${site.base}/slow\nnot-a-url\n`);
    const args = ['ingest', `${site.base}/articles/2021/03/04/rome-talks`, `${site.base}/nope`, '--urls', list, '--data', data, '--timeout', '0.5', '--delay', '0'];
    const first = await runCli(args);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const out = first.stdout.replaceAll(site.base, '');
    expect(out).toContain('articles read: 3, ingested: 3, already in the store: 0, skipped: 3\n');
    expect(out).toContain(`  skipped ${list}:5: not an http(s) URL: not-a-url\n`);
    expect(out).toContain('  skipped /nope: HTTP 404 Not Found\n');
    expect(out).toContain('  skipped /slow: timed out after 0.5 s\n');
    expect(out).toMatch(/graph: \d+ entities, \d+ events, \d+ edges, 3 articles/);
    expect(await articlesIn(data)).toEqual(['/articles/2021/03/04/rome-talks', '/articles/oslo-ministers', '/articles/undated-notes']);

    const before = site.requests.length;
    const again = await runCli(args);
    expect(again.stdout).toContain('articles read: 3, ingested: 0, already in the store: 3, skipped: 3\n');
    expect(site.paths().slice(before).sort()).toEqual(['/nope', '/rss.xml', '/slow']);
  }, 60_000);
});

describe('newsgraph watch', () => {
  it('polls twice: the second poll ingests only the new items', async () => {
    const feed = changingFeed('/cli-watched.xml', 1); // the feed changes between the two polls
    const data = dataDir();
    const result = await runCli(['watch', feed.url, '--every', '1s', '--polls', '2', '--delay', '0', '--data', data]);
    expect(result.code).toBe(0);
    const lines = result.stdout.replaceAll(site.base, '').trim().split('\n');
    expect(lines[0]).toBe(`newsgraph: watching 1 feed every 1s into the memory store (${data}); Ctrl-C stops`);
    expect(lines[1]).toMatch(new RegExp(`^${LINE_TIME} poll 1 /cli-watched\\.xml: 200, 3 items, 3 new: 3 ingested, 0 already in the store, 0 skipped \\(`));
    expect(lines[2]).toMatch(new RegExp(`^${LINE_TIME} poll 2 /cli-watched\\.xml: 200, 5 items, 2 new: 2 ingested, 0 already in the store, 0 skipped \\(`));
    expect(lines[3]).toMatch(/^newsgraph: done after 2 polls; graph: \d+ entities, \d+ events, \d+ edges, 5 articles$/);
    expect(lines).toHaveLength(4);
  }, 60_000);

  it('stops cleanly on SIGINT while fetching: what was stored stays whole, the rest comes at the next run', async () => {
    const quickFeed = changingFeed('/sigint-quick.xml');
    site.route('/sigint-slow.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Slow desk</title><item><title>Mediterranean ministers gather in Valletta</title><link>${site.base}/articles/sigint-slow</link><description>Teaser.</description></item></channel></rss>`);
    });
    site.route('/articles/sigint-slow', () => undefined); // never answers
    const data = dataDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'watch', quickFeed.url, `${site.base}/sigint-slow.xml`, '--every', '1s', '--timeout', '60', '--delay', '0', '--data', data], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (stdout.includes('poll 1 ') && site.paths().includes('/articles/sigint-slow')) resolve();
      };
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += String(chunk);
        check();
      });
      site.route('/articles/sigint-slow', () => check());
      void exited.then((code) => reject(new Error(`watch exited (${code}) before the test was ready:\n${stdout}\n${stderr}`)));
    });
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain('newsgraph: SIGINT: stopping after the batch under way');
    expect(stdout.replaceAll(site.base, '')).toMatch(/poll 1 \/sigint-quick\.xml: 200, 3 items, 3 new: 3 ingested/);
    expect(stdout).toMatch(/newsgraph: stopped after 1 poll; graph: .* 3 articles\n$/);
    expect(stdout).not.toContain('sigint-slow.xml:');
    // The store's snapshot and journal and the feeds' state: no half-written temporary file left.
    expect((await readdir(data)).sort()).toEqual(['feeds.json', 'graph.journal', 'graph.json']);
    expect(await articlesIn(data)).toEqual(['/articles/2021/03/04/rome-talks', '/articles/oslo-ministers', '/articles/undated-notes']);
    expect((await feedState(data)).feeds).toEqual({ [quickFeed.url]: expect.objectContaining({ etag: '"v1"' }) });

    site.route('/articles/sigint-slow', site.fixture('pages/valletta-summit.html', 'text/html'));
    const again = await runCli(['watch', quickFeed.url, `${site.base}/sigint-slow.xml`, '--polls', '1', '--delay', '0', '--data', data]);
    expect(again.stdout.replaceAll(site.base, '')).toMatch(/poll 1 \/sigint-quick\.xml: 304 not modified/);
    expect(again.stdout.replaceAll(site.base, '')).toMatch(/poll 1 \/sigint-slow\.xml: 200, 1 item, 1 new: 1 ingested/);
    expect(await articlesIn(data)).toContain('/articles/sigint-slow');
  }, 60_000);

  it('refuses a feed that is no http(s) URL, naming it', async () => {
    const result = await runCli(['watch', 'feeds.txt', '--data', dataDir()]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('not an http(s) URL: feeds.txt');
    const bad = await runCli(['watch', `${site.base}/rss.xml`, '--every', '15', '--data', dataDir()]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('expected an interval of at least 1s, like 30s, 15m, 1h or 1d, got "15"');
  }, 60_000);
});

describe('newsgraph serve --watch', () => {
  it('serves the graph while the feed comes in, and stops on SIGTERM', async () => {
    const port = await closedPort();
    const data = dataDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(port), '--data', data, '--watch', `${site.base}/atom.xml`, '--every', '1h', '--delay', '0'], {
      cwd: ROOT, env: { ...process.env, NEWSGRAPH_API_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += String(chunk);
        if (/poll 1 .*atom\.xml: /.test(stdout)) resolve();
      });
      void exited.then((code) => reject(new Error(`serve exited (${code}):\n${stdout}`)));
    });
    expect(stdout).toContain('newsgraph: watching 1 feed every 1h');
    expect(stdout).toMatch(/poll 1 .*atom\.xml: 200, 2 items, 2 new: 2 ingested/);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
    expect(await response.json()).toEqual({ data: { stats: { articles: 2 } } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
