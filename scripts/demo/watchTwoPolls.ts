// `newsgraph watch` against a local news site, for two polls: the test site of
// tests/support/newsServer.ts on 127.0.0.1 serves tests/fixtures/feeds/rss.xml (3 items) to the
// first poll and rss-updated.xml (2 more) from the second on, with ETags; the command runs as a
// child process from source into a fresh data directory, and its output is printed as it comes.
// The second poll must ingest only the two new items (one taken from the feed's full text, one
// teaser whose page is fetched).
//
//   npx tsx scripts/demo/watchTwoPolls.ts [--every 5s]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startNewsServer } from '../../tests/support/newsServer.js';

const every = process.argv.includes('--every') ? process.argv[process.argv.indexOf('--every') + 1]! : '5s';
const site = await startNewsServer();
let answered = 0;
site.route('/world/rss.xml', (req, res) => {
  const version = answered++ === 0 ? 1 : 2;
  const etag = `"world-v${version}"`;
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(site.fixtureBytes(version === 1 ? 'rss.xml' : 'rss-updated.xml'));
});
const data = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-watch-demo-'));
const args = ['--import', 'tsx', 'src/cli.ts', 'watch', `${site.base}/world/rss.xml`, '--every', every, '--polls', '2', '--data', data];
console.log(`$ newsgraph ${args.slice(3).join(' ')}`);
const child = spawn(process.execPath, args, { cwd: path.resolve(import.meta.dirname, '..', '..'), stdio: ['ignore', 'inherit', 'inherit'] });
const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
console.log(`(exit code ${code}; requests the site saw: ${site.paths().join(' ')})`);
await site.close();
await rm(data, { recursive: true, force: true });
process.exitCode = code ?? 1;
