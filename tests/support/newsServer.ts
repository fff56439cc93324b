// A news site on 127.0.0.1 for the fetch, feed and watch tests (node:http, loopback only): the
// fixtures of tests/fixtures/feeds/ ({{BASE}} filled in with the server's address) plus the
// misbehaving routes the tests need (404, a slow page, a redirect loop, a huge page, 429 with
// Retry-After, an image). Routes can be replaced while it runs (an updated feed). Every request
// is recorded with the times it started and finished, so tests can check what was fetched, with
// which headers, and that requests to the host never overlapped.
//
//   const site = await startNewsServer();
//   site.route('/feed.xml', site.fixture('rss.xml', 'application/rss+xml'));
//   ...; await site.close();
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  start: number;
  end?: number;
}

export interface NewsServer {
  base: string;
  requests: SeenRequest[];
  route(path: string, handler: Handler): void;
  /** Paths requested so far, in order. */
  paths(): string[];
  /** A fixture file of tests/fixtures/feeds/ with {{BASE}} filled in (bytes kept as they are otherwise). */
  fixture(file: string, contentType: string, headers?: Record<string, string>): Handler;
  fixtureBytes(file: string): Buffer;
  close(): Promise<void>;
}

const FIXTURES = new URL('../fixtures/feeds/', import.meta.url);

/** The routes every test server has. */
function standardRoutes(site: NewsServer): void {
  site.route('/articles/2021/03/04/rome-talks', site.fixture('pages/rome-talks.html', 'text/html; charset=utf-8'));
  site.route('/articles/undated-notes', site.fixture('pages/undated-notes.html', 'text/html; charset=utf-8'));
  site.route('/articles/madrid-visit', site.fixture('pages/madrid-visit.cp1252.html', 'text/html; charset=windows-1252'));
  site.route('/articles/lisbon-talks', site.fixture('pages/lisbon-talks.latin1.html', 'text/html'));
  site.route('/articles/valletta-summit', site.fixture('pages/valletta-summit.html', 'text/html; charset=utf-8'));
  site.route('/articles/athens-forum', site.fixture('pages/athens-forum.html', 'text/html; charset=utf-8'));
  site.route('/rss.xml', site.fixture('rss.xml', 'application/rss+xml; charset=utf-8', { etag: '"rss-v1"' }));
  site.route('/atom.xml', site.fixture('atom.xml', 'application/atom+xml'));
  site.route('/gzip/rome-talks', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(site.fixtureBytes('pages/rome-talks.html')));
  });
  site.route('/br/athens-forum', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
    res.end(zlib.brotliCompressSync(site.fixtureBytes('pages/athens-forum.html')));
  });
  site.route('/loop-a', (_req, res) => {
    res.writeHead(302, { location: '/loop-b' }).end();
  });
  site.route('/loop-b', (_req, res) => {
    res.writeHead(301, { location: `${site.base}/loop-a` }).end();
  });
  site.route('/moved', (_req, res) => {
    res.writeHead(301, { location: '/articles/2021/03/04/rome-talks' }).end();
  });
  site.route('/slow', (_req, res) => {
    // Headers at once, then nothing for 10 s: only a deadline covering the body stops this.
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<!doctype html><html><body><article><p>');
    const timer = setTimeout(() => res.end('Too late.</p></article></body></html>'), 10_000);
    res.on('close', () => clearTimeout(timer));
  });
  site.route('/huge', (_req, res) => {
    // 4 MiB streamed without Content-Length.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.from(`<p>${'Filler text for a page far too large to keep. '.repeat(1000)}</p>`);
    let sent = 0;
    const pump = () => {
      while (sent < 4 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (sent = Infinity));
    pump();
  });
  site.route('/huge-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    res.end();
  });
  site.route('/logo.png', (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });
}

export async function startNewsServer(): Promise<NewsServer> {
  const routes = new Map<string, Handler>();
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const seen: SeenRequest = { path: req.url ?? '', headers: req.headers, start: Date.now() };
    requests.push(seen);
    res.on('close', () => (seen.end = Date.now()));
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fixtureBytes = (file: string): Buffer => {
    const raw = readFileSync(new URL(file, FIXTURES));
    // {{BASE}} is ASCII, and so is the address: replacing it in latin1 keeps every other byte as it is.
    return Buffer.from(raw.toString('latin1').replaceAll('{{BASE}}', base), 'latin1');
  };
  const site: NewsServer = {
    base,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    paths: () => requests.map((r) => r.path),
    fixtureBytes,
    fixture: (file, contentType, headers = {}) => (req, res) => {
      if (headers.etag && req.headers['if-none-match'] === headers.etag) return void res.writeHead(304, headers).end();
      res.writeHead(200, { 'content-type': contentType, ...headers }).end(fixtureBytes(file));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  standardRoutes(site);
  return site;
}
