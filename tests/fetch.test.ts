// The HTTP side of reading the web (src/read/fetch/): fetchOnce and PoliteFetcher against a news
// site on 127.0.0.1 (tests/support/newsServer.ts), with short timeouts and delays so the file
// stays fast; and the charset decoding of pages and feeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml, decodeXml } from '../src/read/fetch/decodeBody.js';
import { fetchOnce } from '../src/read/fetch/fetchOnce.js';
import { resolveFetchOptions, USER_AGENT } from '../src/read/fetch/fetchOptions.js';
import type { FetchOutcome } from '../src/read/fetch/fetchOutcome.js';
import { PoliteFetcher } from '../src/read/fetch/politeFetcher.js';
import { startNewsServer, type NewsServer } from './support/newsServer.js';

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(async () => {
  await site.close();
});

const quick = resolveFetchOptions({ timeoutMs: 2000, maxBytes: 256 * 1024, hostDelayMs: 0 });
const text = (outcome: FetchOutcome): string => (outcome.kind === 'ok' ? Buffer.from(outcome.body).toString('utf8') : `(${outcome.kind})`);
const failure = (outcome: FetchOutcome): string => (outcome.kind === 'failed' ? outcome.reason : `(${outcome.kind})`);
const requestsTo = (path: string) => site.requests.filter((r) => r.path === path);

describe('fetchOnce', () => {
  it('sends our User-Agent and Accept-Encoding, and decompresses gzip and br', async () => {
    const gz = await fetchOnce(`${site.base}/gzip/rome-talks`, quick);
    expect(gz).toMatchObject({ kind: 'ok', status: 200, mediaType: 'text/html', charset: 'utf-8' });
    expect(text(gz)).toContain('Pedro Sánchez in Rome on Wednesday');
    expect(text(await fetchOnce(`${site.base}/br/athens-forum`, quick))).toContain('Shipping ministers from Greece, Cyprus and Malta');
    const seen = requestsTo('/gzip/rome-talks')[0]!;
    expect(seen.headers['user-agent']).toBe(USER_AGENT);
    expect(seen.headers['user-agent']).toMatch(/^newsgraph\/\d/);
    expect(seen.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('reports a 404 with its status, not as retryable', async () => {
    expect(await fetchOnce(`${site.base}/no-such-page`, quick)).toMatchObject({ kind: 'failed', status: 404, reason: 'HTTP 404 Not Found', retryable: false });
  });

  it('gives up on a page that stalls past the deadline, body included', async () => {
    const outcome = await fetchOnce(`${site.base}/slow`, quick);
    expect(failure(outcome)).toBe('timed out after 2 s');
  });

  it('follows a redirect and says where the body came from', async () => {
    const outcome = await fetchOnce(`${site.base}/moved`, quick);
    expect(outcome).toMatchObject({ kind: 'ok', requested: `${site.base}/moved`, url: `${site.base}/articles/2021/03/04/rome-talks` });
  });

  it('names a redirect loop, and stops at the redirect limit', async () => {
    expect(failure(await fetchOnce(`${site.base}/loop-a`, quick))).toBe(`redirect loop (${site.base}/loop-a -> ${site.base}/loop-b -> ${site.base}/loop-a)`);
    expect(failure(await fetchOnce(`${site.base}/moved`, { ...quick, maxRedirects: 0 }))).toMatch(/^more than 0 redirects/);
  });

  it('refuses a page over the size cap, streamed or declared', async () => {
    expect(failure(await fetchOnce(`${site.base}/huge`, quick))).toBe('too large (more than the limit of 256 KiB)');
    expect(failure(await fetchOnce(`${site.base}/huge-declared`, quick))).toBe('too large (Content-Length 50.0 MiB, the limit is 256 KiB)');
  });

  it('makes a conditional request from validators: 304 is "not modified"', async () => {
    const first = await fetchOnce(`${site.base}/rss.xml`, quick);
    expect(first).toMatchObject({ kind: 'ok', etag: '"rss-v1"', mediaType: 'application/rss+xml' });
    const second = await fetchOnce(`${site.base}/rss.xml`, quick, { etag: '"rss-v1"' });
    expect(second).toMatchObject({ kind: 'notModified' });
    expect(requestsTo('/rss.xml').at(-1)?.headers['if-none-match']).toBe('"rss-v1"');
  });

  it('reports a refused connection', async () => {
    const { closedPort } = await import('./support/closedPort.js');
    expect(failure(await fetchOnce(`http://127.0.0.1:${await closedPort()}/x`, quick))).toBe('cannot fetch (ECONNREFUSED)');
  });
});

describe('PoliteFetcher', () => {
  it('asks one host one request at a time, with the delay between them', async () => {
    const fetcher = new PoliteFetcher({ ...quick, hostDelayMs: 150 });
    const paths = ['/articles/undated-notes?a', '/articles/undated-notes?b', '/articles/undated-notes?c'];
    const outcomes = await Promise.all(paths.map((p) => fetcher.fetch(site.base + p)));
    expect(outcomes.map((o) => o.kind)).toEqual(['ok', 'ok', 'ok']);
    const seen = paths.map((p) => site.requests.find((r) => r.path === p)!);
    for (let i = 1; i < seen.length; i++) {
      // The next request starts only after the previous one ended, and hostDelayMs later (timers may fire a ms early).
      expect(seen[i]!.start - seen[i - 1]!.end!).toBeGreaterThanOrEqual(145);
    }
  });

  it('waits as Retry-After asks after a 429, then gets the page', async () => {
    let calls = 0;
    site.route('/busy', (_req, res) => {
      if (calls++ === 0) return void res.writeHead(429, { 'retry-after': '1' }).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Now you may.</p>');
    });
    const outcome = await new PoliteFetcher(quick).fetch(`${site.base}/busy`);
    expect(outcome.kind).toBe('ok');
    const [first, second] = requestsTo('/busy');
    expect(second!.start - first!.end!).toBeGreaterThanOrEqual(995);
  });

  it('backs off on 5xx without Retry-After, doubling, and gives up after the retries', async () => {
    site.route('/down', (_req, res) => void res.writeHead(503).end());
    const outcome = await new PoliteFetcher({ ...quick, backoffMs: 100, retries: 2 }).fetch(`${site.base}/down`);
    expect(outcome).toMatchObject({ kind: 'failed', status: 503, retryable: true, reason: 'HTTP 503 Service Unavailable, after 3 tries' });
    const seen = requestsTo('/down');
    expect(seen).toHaveLength(3);
    expect(seen[1]!.start - seen[0]!.end!).toBeGreaterThanOrEqual(95);
    expect(seen[2]!.start - seen[1]!.end!).toBeGreaterThanOrEqual(195);
  });

  it('does not wait longer than maxWaitMs: reports the Retry-After, and keeps the host waiting for later requests', async () => {
    site.route('/later', (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end());
    const fetcher = new PoliteFetcher({ ...quick, maxWaitMs: 1000 });
    expect(failure(await fetcher.fetch(`${site.base}/later`))).toBe('HTTP 429 Too Many Requests; Retry-After 120');
    const next = await fetcher.fetch(`${site.base}/articles/undated-notes?after-429`);
    expect(failure(next)).toMatch(/^127\.0\.0\.1:\d+ asked to wait 1[12]\d s more before the next request; not fetched this time$/);
    expect(requestsTo('/later')).toHaveLength(1);
    expect(requestsTo('/articles/undated-notes?after-429')).toHaveLength(0);
  });

  it('refuses what is no http(s) URL without a request', async () => {
    const fetcher = new PoliteFetcher(quick);
    expect(failure(await fetcher.fetch('ftp://127.0.0.1/x'))).toBe('not an HTTP(S) URL (ftp:)');
    expect(failure(await fetcher.fetch('not a url'))).toBe('not a valid URL');
  });

  it('stops when its signal is aborted, throwing instead of reporting', async () => {
    const controller = new AbortController();
    const fetcher = new PoliteFetcher({ ...quick, timeoutMs: 30_000, signal: controller.signal });
    const pending = fetcher.fetch(`${site.base}/slow`);
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('decoding', () => {
  it('decodes a windows-1252 page by its HTTP charset (0x92 is a right quote, not a control)', () => {
    const html = decodeHtml(site.fixtureBytes('pages/madrid-visit.cp1252.html'), 'windows-1252');
    expect(html).toContain('Sánchez hosts Portuguese leader in Málaga');
    expect(html).toContain('Lisbon’s part of the work');
    expect(html).toContain('“We have waited long enough,”');
  });

  it('decodes an ISO-8859-1 page by its <meta charset> when HTTP names none', () => {
    const html = decodeHtml(site.fixtureBytes('pages/lisbon-talks.latin1.html'), undefined);
    expect(html).toContain('António Costa received a Spanish delegation at São Bento');
    expect(html).toContain('Évora');
  });

  it('lets the HTTP charset win over <meta charset>, and reads UTF-8 without either as windows-1252 (the HTML default)', () => {
    const utf8 = Buffer.from('<meta charset="iso-8859-1"><p>São Bento</p>', 'utf8');
    expect(decodeHtml(utf8, 'utf-8')).toContain('São Bento');
    expect(decodeHtml(Buffer.from('<p>São Bento</p>', 'utf8'), undefined)).toContain('SÃ£o Bento');
  });

  it('decodes XML by its declaration, its HTTP charset, or else as UTF-8', () => {
    const latin = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Málaga</title></channel></rss>', 'latin1');
    expect(decodeXml(latin, undefined)).toContain('<title>Málaga</title>');
    expect(decodeXml(latin, 'iso-8859-1')).toContain('<title>Málaga</title>');
    expect(decodeXml(Buffer.from('<rss><title>Málaga</title></rss>', 'utf8'), undefined)).toContain('<title>Málaga</title>');
    expect(decodeXml(Buffer.from('\uFEFF<rss><title>Málaga</title></rss>', 'utf8'), 'iso-8859-1')).toContain('<title>Málaga</title>');
  });
});
