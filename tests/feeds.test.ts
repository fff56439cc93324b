// Reading the web into articles (src/read/feeds/, src/feeds/readWeb.ts, readFeedItems.ts) and
// writing them (ingestRead.ts), against the news site of tests/support/newsServer.ts serving the
// invented fixtures of tests/fixtures/feeds/ (their README says what each one shows). Expected
// titles, days and phrases are read off those files.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { ingestRead } from '../src/feeds/ingestRead.js';
import { readUrlList } from '../src/feeds/readUrlList.js';
import { readWeb } from '../src/feeds/readWeb.js';
import { parseFeed } from '../src/read/feeds/parseFeed.js';
import { PoliteFetcher } from '../src/read/fetch/politeFetcher.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { hookedStore } from './support/hookedStore.js';
import { startNewsServer, type NewsServer } from './support/newsServer.js';

let site: NewsServer;
let dir: string;
beforeAll(async () => {
  site = await startNewsServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-feeds-'));
});
afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

const fetcher = () => new PoliteFetcher({ timeoutMs: 400, maxBytes: 256 * 1024, hostDelayMs: 0 });
const nothingKnown = async (): Promise<string[]> => [];
const read = (urls: string[], known: string[] = []) =>
  readWeb({ urls: urls.map((u) => site.base + u), feedFiles: [] }, { fetcher: fetcher(), knownUrls: async (list) => list.filter((u) => known.includes(u)) });
const bySource = (articles: Article[]) => new Map(articles.map((a) => [a.source.replace(site.base, ''), a]));
const dated = (a: Article | undefined) => [a?.publishedAt?.value ?? null, a?.dateSource];

describe('parseFeed', () => {
  it('reads RSS 2.0 items: link, title, the day as written (not moved to UTC), full content', () => {
    const feed = parseFeed(site.fixtureBytes('rss.xml').toString('utf8'), `${site.base}/rss.xml`);
    if ('reason' in feed) throw new Error(feed.reason);
    expect(feed.format).toBe('rss');
    expect(feed.items.map((i) => [i.link?.replace(site.base, ''), i.title, i.published?.value])).toEqual([
      ['/articles/oslo-ministers', 'Nordic ministers agree on shared consular help', '2021-03-01'], // 23:30 -0500 is 2 March in UTC
      ['/articles/2021/03/04/rome-talks', 'Italy and Spain agree to pool vaccine orders', '2021-03-04'],
      ['/articles/undated-notes', 'Notes from the northern ports', '2021-03-05'],
    ]);
    expect(feed.items[0]!.content).toMatch(/^<p>Foreign ministers from Norway, Sweden/);
    expect(feed.items[1]!.content).toBe('Draghi and Sánchez met in Rome to settle a joint plan for buying vaccines.');
  });

  it('reads Atom entries: the alternate link, published (else updated), html content unescaped', () => {
    const feed = parseFeed(site.fixtureBytes('atom.xml').toString('utf8'), `${site.base}/atom.xml`);
    if ('reason' in feed) throw new Error(feed.reason);
    expect(feed.format).toBe('atom');
    expect(feed.items.map((i) => [i.key.replace(site.base, ''), i.title, i.published?.value])).toEqual([
      ['/articles/nicosia-visit', 'Greek leader visits Nicosia', '2021-04-10'], // 01:15 +03:00 is 9 April in UTC
      ['/articles/athens-forum', 'Athens forum turns to shipping emissions', '2021-04-13'],
    ]);
    expect(feed.items[0]!.content).toMatch(/^<p>The Greek prime minister travelled to Nicosia/);
  });

  it('keys an item without a link by feed#guid, resolves relative links, and drops repeats', () => {
    const xml = '<rss version="2.0"><channel><item><title>A</title><guid isPermaLink="false">g-1</guid><description>Text.</description></item>' +
      '<item><title>B</title><link>/b</link></item><item><title>B again</title><link>/b</link></item></channel></rss>';
    const feed = parseFeed(xml, 'https://news.example.org/feeds/world.xml');
    if ('reason' in feed) throw new Error(feed.reason);
    expect(feed.items.map((i) => i.key)).toEqual(['https://news.example.org/feeds/world.xml#g-1', 'https://news.example.org/b']);
  });

  it('says why something is no feed', () => {
    expect(parseFeed('<html><body><p>A page.</p></body></html>', 'https://x.org/')).toEqual({ reason: 'not an RSS or Atom feed' });
    expect(parseFeed('', 'https://x.org/')).toEqual({ reason: 'not an RSS or Atom feed' });
  });
});

describe('readWeb: pages', () => {
  it('reads pages with and without dates, in their charsets, and skips the bad ones with URL and reason', async () => {
    site.route('/articles/2021/05/06/port-notes', site.fixture('pages/undated-notes.html', 'text/html'));
    const result = await read(['/articles/2021/03/04/rome-talks', '/articles/undated-notes', '/articles/2021/05/06/port-notes', '/articles/madrid-visit', '/articles/lisbon-talks',
      '/nope', '/slow', '/loop-a', '/huge', '/logo.png']);
    const pages = bySource(result.articles);
    expect([...pages.keys()]).toEqual(['/articles/2021/03/04/rome-talks', '/articles/undated-notes', '/articles/madrid-visit', '/articles/lisbon-talks']);
    const rome = pages.get('/articles/2021/03/04/rome-talks');
    expect(rome?.title).toBe('Italy and Spain agree to pool vaccine orders');
    expect(dated(rome)).toEqual(['2021-03-04', 'metadata']);
    expect(rome?.url).toBe(`${site.base}/articles/2021/03/04/rome-talks`);
    expect(rome?.text).toMatch(/^Italian Prime Minister Mario Draghi met Spanish Prime Minister Pedro Sánchez/);
    expect(rome?.text).not.toMatch(/Subscribe|All rights reserved/);
    const undated = pages.get('/articles/undated-notes');
    expect(dated(undated)).toEqual([null, 'none']);
    expect(undated?.url).toBe(`${site.base}/articles/undated-notes`);
    expect(pages.get('/articles/madrid-visit')?.title).toBe('Sánchez hosts Portuguese leader in Málaga');
    expect(pages.get('/articles/madrid-visit')?.text).toContain('Lisbon’s part of the work was already under way');
    expect(pages.get('/articles/lisbon-talks')?.text).toContain('Portuguese Prime Minister António Costa received a Spanish delegation at São Bento');
    expect(result.skipped.map((s) => s.reason.replaceAll(site.base, ''))).toEqual([
      // The undated page again, under a URL with a day: the same text, so the same article.
      `/articles/2021/05/06/port-notes: same text as /articles/undated-notes (${undated?.id})`,
      '/nope: HTTP 404 Not Found',
      '/slow: timed out after 0.4 s',
      '/loop-a: redirect loop (/loop-a -> /loop-b -> /loop-a)',
      '/huge: too large (more than the limit of 256 KiB)',
      '/logo.png: not an HTML page or a feed (Content-Type image/png)',
    ]);
  });

  it('dates a page by the day in its URL when the page gives none', async () => {
    site.route('/articles/2021/05/06/port-notes', site.fixture('pages/undated-notes.html', 'text/html'));
    const [page] = (await read(['/articles/2021/05/06/port-notes'])).articles;
    expect(dated(page)).toEqual(['2021-05-06', 'url']);
  });

  it('does not fetch a URL the store already holds', async () => {
    const before = site.requests.length;
    const result = await read(['/articles/athens-forum'], [`${site.base}/articles/athens-forum`]);
    expect(result).toMatchObject({ articles: [], skipped: [], known: [`${site.base}/articles/athens-forum`] });
    expect(site.requests.length).toBe(before);
  });
});

describe('readWeb: feeds', () => {
  it('takes full-text RSS items from the feed and fetches the pages of teasers; a page without a date takes the item\'s', async () => {
    const before = site.requests.length;
    const result = await read(['/rss.xml']);
    const items = bySource(result.articles);
    expect([...items.keys()]).toEqual(['/articles/oslo-ministers', '/articles/2021/03/04/rome-talks', '/articles/undated-notes']);
    expect(site.paths().slice(before).sort()).toEqual(['/articles/2021/03/04/rome-talks', '/articles/undated-notes', '/rss.xml']);
    const oslo = items.get('/articles/oslo-ministers');
    expect(oslo?.title).toBe('Nordic ministers agree on shared consular help');
    expect(oslo?.text).toMatch(/^Foreign ministers from Norway, Sweden, Denmark, Finland and Iceland met in Oslo on Monday/);
    expect(oslo?.text.split('\n\n')).toHaveLength(5);
    expect(dated(oslo)).toEqual(['2021-03-01', 'metadata']);
    expect(dated(items.get('/articles/2021/03/04/rome-talks'))).toEqual(['2021-03-04', 'metadata']);
    expect(dated(items.get('/articles/undated-notes'))).toEqual(['2021-03-05', 'metadata']);
    expect(result.skipped).toEqual([]);
  });

  it('reads an Atom feed the same way', async () => {
    const result = await read(['/atom.xml']);
    const items = bySource(result.articles);
    expect([...items.keys()]).toEqual(['/articles/nicosia-visit', '/articles/athens-forum']);
    expect(dated(items.get('/articles/nicosia-visit'))).toEqual(['2021-04-10', 'metadata']);
    expect(items.get('/articles/athens-forum')?.text).toMatch(/^Shipping ministers from Greece, Cyprus and Malta opened a two-day forum in Athens/);
  });

  it('leaves items the store holds unfetched, and reports an item page that fails', async () => {
    site.route('/rss-broken.xml', site.fixture('rss.xml', 'application/rss+xml'));
    site.route('/articles/undated-notes', (_req, res) => void res.writeHead(500).end());
    try {
      const before = site.requests.length;
      const result = await readWeb({ urls: [`${site.base}/rss-broken.xml`], feedFiles: [] }, {
        fetcher: new PoliteFetcher({ timeoutMs: 400, hostDelayMs: 0, backoffMs: 10, retries: 1 }),
        knownUrls: async (list) => list.filter((u) => u.endsWith('/rome-talks')),
      });
      expect(result.articles.map((a) => a.source.replace(site.base, ''))).toEqual(['/articles/oslo-ministers']);
      expect(result.known).toEqual([`${site.base}/articles/2021/03/04/rome-talks`]);
      expect(result.skipped.map((s) => s.reason.replace(site.base, ''))).toEqual(['/articles/undated-notes: HTTP 500 Internal Server Error, after 2 tries']);
      expect(site.paths().slice(before)).toEqual(['/rss-broken.xml', '/articles/undated-notes', '/articles/undated-notes']);
    } finally {
      site.route('/articles/undated-notes', site.fixture('pages/undated-notes.html', 'text/html; charset=utf-8'));
    }
  });

  it('reads a local feed file', async () => {
    const file = path.join(dir, 'harbour.rss');
    await writeFile(file, site.fixtureBytes('rss.xml'));
    const result = await readWeb({ urls: [], feedFiles: [file, path.join(dir, 'missing.xml')] }, { fetcher: fetcher(), knownUrls: nothingKnown });
    expect(result.articles.map((a) => a.source.replace(site.base, ''))).toEqual(['/articles/oslo-ministers', '/articles/2021/03/04/rome-talks', '/articles/undated-notes']);
    expect(result.skipped).toEqual([{ source: path.join(dir, 'missing.xml'), reason: `${path.join(dir, 'missing.xml')}: no such file` }]);
  });
});

describe('ingestRead', () => {
  it('writes new articles in atomic batches; a stop during one batch finishes it and abandons the rest', async () => {
    const result = await read(['/rss.xml']);
    const inner = await openMemoryStore(path.join(dir, 'stop'));
    const controller = new AbortController();
    const { store, changes } = hookedStore(inner, () => controller.abort());
    const summary = await ingestRead(result, store, { batchSize: 1, signal: controller.signal });
    expect(summary).toMatchObject({ ingested: 1, abandoned: 2, stopped: true });
    expect(changes).toHaveLength(1);
    expect((await inner.counts()).articles).toBe(1);
    await inner.close();
    // Reopened from its file, the store holds exactly that batch.
    const reopened = await openMemoryStore(path.join(dir, 'stop'));
    expect((await reopened.articles({ first: 10, offset: 0 })).items.map((a) => a.id)).toEqual(changes[0]!.articles.map((a) => a.id));
    // The rest comes in on the next run, and what is stored is left alone.
    expect(await ingestRead(result, reopened)).toMatchObject({ ingested: 2, unchanged: 1, stopped: false });
    expect((await reopened.counts()).articles).toBe(3);
    expect(await reopened.knownUrls(result.articles.map((a) => a.source))).toEqual(result.articles.map((a) => a.source));
    await reopened.close();
  });
});

describe('readUrlList', () => {
  it('reads examples/feeds.txt: one URL a line, comments dropped', async () => {
    const { urls, skipped } = await readUrlList('examples/feeds.txt');
    expect(skipped).toEqual([]);
    expect(urls).toHaveLength(6);
    expect(urls[0]).toBe('https://feeds.bbci.co.uk/news/world/rss.xml');
  });

  it('names a line that is no http(s) URL by file and line, and keeps a # inside a URL', async () => {
    const file = path.join(dir, 'list.txt');
    await writeFile(file, '# desk list\n\nhttps://x.org/feed#top   # X\nfile:///etc/passwd\nwww.example.org/rss\n');
    expect(await readUrlList(file)).toEqual({
      urls: ['https://x.org/feed#top'],
      skipped: [
        { source: `${file}:4`, reason: `${file}:4: not an http(s) URL: file:///etc/passwd` },
        { source: `${file}:5`, reason: `${file}:5: not an http(s) URL: www.example.org/rss` },
      ],
    });
    await expect(readUrlList(path.join(dir, 'none.txt'))).rejects.toThrow(`${path.join(dir, 'none.txt')}: no such file`);
  });
});
