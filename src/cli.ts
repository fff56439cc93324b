#!/usr/bin/env node
// The newsgraph command. Each subcommand parses its options and calls the modules below.
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { formatEvery, parseEvery } from './feeds/parseEvery.js';
import { openStore } from './store/openStore.js';

// Subcommands load their modules on demand, so `extract` does not pay for the GraphQL server.

const program = new Command();
program.name('newsgraph').description('Turn news articles into a dated knowledge graph and serve it over GraphQL.').version('0.1.0');

const storeOption = (cmd: Command) =>
  cmd
    .option('--data <dir>', 'data directory of the embedded store', '.newsgraph')
    .option('--store <kind>', 'memory | neo4j', (v: string) => {
      if (v !== 'memory' && v !== 'neo4j') throw new InvalidArgumentError('expected memory or neo4j');
      return v;
    }, 'memory');

/** --timeout and --user-agent, for the commands that fetch over HTTP(S). */
const fetchOption = (cmd: Command) =>
  cmd
    .option('--timeout <seconds>', 'longest time for one fetch (default 20)', (v: string) => {
      const seconds = Number(v);
      if (!(seconds > 0)) throw new InvalidArgumentError(`expected a number of seconds, got "${v}"`);
      return seconds;
    })
    .option('--delay <seconds>', 'pause between two requests to one host (default 1)', (v: string) => {
      const seconds = Number(v);
      if (!(seconds >= 0)) throw new InvalidArgumentError(`expected a number of seconds, got "${v}"`);
      return seconds;
    })
    .option('--user-agent <text>', 'User-Agent sent with every request (default: newsgraph/0.1.0 (...))');

interface FetchFlags {
  timeout?: number;
  delay?: number;
  userAgent?: string;
}

const fetchSettings = (flags: FetchFlags) => ({
  ...(flags.timeout ? { timeoutMs: flags.timeout * 1000 } : {}),
  ...(flags.delay !== undefined ? { hostDelayMs: flags.delay * 1000 } : {}),
  ...(flags.userAgent ? { userAgent: flags.userAgent } : {}),
});

fetchOption(storeOption(program.command('ingest').description('read files or folders (.txt .md .html .jsonl), web pages and RSS/Atom feeds (URLs or .xml/.rss/.atom files) into the graph').argument('[inputs...]', 'files, folders, http(s) URLs of pages or feeds, feed files')))
  .option('--urls <file>', 'a file of URLs (pages or feeds), one per line; # starts a comment')
  .action(async (inputs: string[], opts: { data: string; store: 'memory' | 'neo4j'; urls?: string } & FetchFlags) => {
    const [{ ingestWeb }, { readUrlList }] = await Promise.all([import('./feeds/ingestWeb.js'), import('./feeds/readUrlList.js')]);
    const list = opts.urls ? await readUrlList(opts.urls) : { urls: [], skipped: [] };
    if (inputs.length === 0 && list.urls.length === 0 && list.skipped.length === 0) throw new InvalidArgumentError('give files, folders or URLs to ingest, or --urls FILE');
    const store = await openStore({ store: opts.store, dataDir: opts.data });
    const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: '{stage} [{bar}] {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
    let started = '';
    try {
      const s = await ingestWeb([...inputs, ...list.urls], store, {
        fetch: fetchSettings(opts),
        skipped: list.skipped,
        onProgress: (stage, done, total) => {
          if (!bar) return;
          if (started !== stage) {
            if (started) bar.stop();
            bar.start(total, 0, { stage });
            started = stage;
          }
          bar.setTotal(total);
          bar.update(done, { stage });
        },
      });
      bar?.stop();
      console.log(`articles read: ${s.read}, ingested: ${s.ingested}, already in the store: ${s.unchanged}, skipped: ${s.skipped.length}`);
      for (const k of s.skipped) console.log(`  skipped ${k.reason.startsWith(`${k.source}: `) ? k.reason : `${k.source}: ${k.reason}`}`);
      console.log(`graph: ${s.counts.entities} entities, ${s.counts.events} events, ${s.counts.edges} edges, ${s.counts.articles} articles`);
    } finally {
      bar?.stop();
      await store.close();
    }
  });

program
  .command('extract')
  .description('print what one article yields, as JSON (FILE, or - for standard input)')
  .argument('<file>')
  .option('--published <date>', 'publication date YYYY-MM-DD, or an ISO date-time whose day is taken (overrides the one found in the article)')
  .action(async (file: string, opts: { published?: string }) => {
    const [{ readSources }, { readText }, { isoDaySpan }, { extractArticle }, { extractionJson }] = await Promise.all([
      import('./read/readSources.js'),
      import('./read/readText.js'),
      import('./read/isoDaySpan.js'),
      import('./extract/pipeline.js'),
      import('./extractionJson.js'),
    ]);
    const result = file === '-' ? readText(readFileSync(0, 'utf8'), 'stdin') : await readSources([file]);
    const article = result.articles[0];
    if (!article) throw new Error(`${file}: ${result.skipped[0]?.reason ?? 'no article'}`);
    if (opts.published) {
      // A document creation time ("1998-02-13T14:26:00", TimeML's DCT) dates the article by its day.
      const span = isoDaySpan(opts.published.replace(/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, ''));
      if (!span) throw new InvalidArgumentError(`--published: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, got ${opts.published}`);
      Object.assign(article, { publishedAt: span, dateSource: 'given' });
    }
    console.log(JSON.stringify(extractionJson(extractArticle(article)), null, 2));
  });

storeOption(program.command('query').description('run one GraphQL operation against the store and print the JSON response').argument('<graphql>'))
  .option('--variables <json>', 'variables as JSON')
  .action(async (query: string, opts: { data: string; store: 'memory' | 'neo4j'; variables?: string }) => {
    const { executeQuery } = await import('./api/executeQuery.js');
    const store = await openStore({ store: opts.store, dataDir: opts.data });
    try {
      const variables = opts.variables ? (JSON.parse(opts.variables) as Record<string, unknown>) : undefined;
      const response = await executeQuery(store, query, variables);
      console.log(JSON.stringify(response, null, 2));
      if (response.errors?.length) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });

/** The feeds to follow and how often, for `watch` and `serve --watch`. */
const everyOption = (cmd: Command) =>
  cmd
    .option('--feeds <file>', 'a file of feed URLs, one per line; # starts a comment')
    .addOption(new Option('--every <interval>', 'time between polls: 30s, 15m, 1h, 1d').default(15 * 60_000, '15m').argParser((v: string) => {
      try {
        return parseEvery(v);
      } catch (error) {
        throw new InvalidArgumentError((error as Error).message);
      }
    }));

interface WatchFlags extends FetchFlags {
  feeds?: string;
  every: number;
}

/** SIGINT/SIGTERM abort the controller (a second one exits at once: every store write is atomic). */
function stopOnSignals(controller: AbortController, what: string): void {
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      console.error(`newsgraph: ${signal} again: exiting now`);
      process.exit(130);
    }
    console.error(`newsgraph: ${signal}: stopping ${what}`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

fetchOption(everyOption(storeOption(program.command('watch').description('follow RSS/Atom feeds: poll them on a schedule (conditional requests, polite per host) and ingest new items').argument('[feeds...]', 'feed URLs'))))
  .option('--polls <n>', 'stop after n polls (default: run until SIGINT/SIGTERM)', (v: string) => {
    if (!/^[1-9]\d*$/.test(v.trim())) throw new InvalidArgumentError(`expected a whole number of polls, got "${v}"`);
    return Number(v);
  })
  .action(async (args: string[], opts: { data: string; store: 'memory' | 'neo4j'; polls?: number } & WatchFlags) => {
    const [{ feedList }, { watchFeeds }] = await Promise.all([import('./feeds/feedList.js'), import('./feeds/watchFeeds.js')]);
    const feeds = await feedList(args, opts.feeds);
    const store = await openStore({ store: opts.store, dataDir: opts.data });
    const controller = new AbortController();
    stopOnSignals(controller, 'after the batch under way');
    console.log(`newsgraph: watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} every ${formatEvery(opts.every)} into the ${opts.store} store (${opts.store === 'memory' ? opts.data : 'NEO4J_URI'}); Ctrl-C stops`);
    try {
      const summary = await watchFeeds(feeds, store, { everyMs: opts.every, dataDir: opts.data, fetch: fetchSettings(opts), signal: controller.signal, ...(opts.polls ? { polls: opts.polls } : {}) });
      const counts = await store.counts();
      console.log(`newsgraph: ${summary.stopped ? 'stopped' : 'done'} after ${summary.rounds} poll${summary.rounds === 1 ? '' : 's'}; graph: ${counts.entities} entities, ${counts.events} events, ${counts.edges} edges, ${counts.articles} articles`);
    } finally {
      await store.close();
    }
  });

fetchOption(everyOption(storeOption(program.command('serve').description('serve GraphQL at /graphql and the GraphiQL IDE at /; with --watch, follow feeds meanwhile'))))
  .option('--port <n>', 'port', (v: string) => Number.parseInt(v, 10), 4000)
  .option('--host <host>', 'interface to listen on', '127.0.0.1')
  .option('--token-file <file>', 'API tokens allowing mutations, one "label token" per line (also: NEWSGRAPH_API_TOKEN); read-only without any')
  .option('--watch <feeds...>', 'feed URLs to follow while serving (as `newsgraph watch`); see also --feeds and --every')
  .action(async (opts: { data: string; store: 'memory' | 'neo4j'; port: number; host: string; tokenFile?: string; watch?: string[] } & WatchFlags) => {
    const [{ createServer }, { configuredTokens }] = await Promise.all([import('./api/createServer.js'), import('./api/apiAccess.js')]);
    const tokens = configuredTokens(process.env, opts.tokenFile);
    const feeds = opts.watch || opts.feeds ? await (await import('./feeds/feedList.js')).feedList(opts.watch ?? [], opts.feeds) : [];
    const store = await openStore({ store: opts.store, dataDir: opts.data });
    const server = await createServer(store, { port: opts.port, host: opts.host, tokens });
    console.log(`newsgraph: GraphQL at ${server.url}graphql, GraphiQL IDE at ${server.url}`);
    console.log(tokens.length === 0 ? 'newsgraph: read-only (no API token configured)' : `newsgraph: mutations allowed with the API tokens of ${tokens.map((t) => t.label).join(', ')}`);
    const controller = new AbortController();
    let watching: Promise<unknown> = Promise.resolve();
    if (feeds.length > 0) {
      const [{ watchFeeds }, { underEditLock }] = await Promise.all([import('./feeds/watchFeeds.js'), import('./api/editLock.js')]);
      console.log(`newsgraph: watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} every ${formatEvery(opts.every)}`);
      // Feed batches take the API's edit lock, so they never interleave with a mutation.
      watching = watchFeeds(feeds, store, { everyMs: opts.every, dataDir: opts.data, fetch: fetchSettings(opts), signal: controller.signal, exclusive: (work) => underEditLock(store, work) })
        .catch((error: Error) => console.error(`newsgraph: no longer following the feeds: ${error.message}`));
    }
    stopOnSignals(controller, feeds.length > 0 ? 'the server after the feed batch under way' : 'the server');
    controller.signal.addEventListener('abort', () => {
      void (async () => {
        await watching;
        await server.close();
        await store.close();
        process.exit(0);
      })();
    });
  });

storeOption(program.command('export').description('write the graph, or the subgraph around entities and a time window, for Gephi, yEd, Cytoscape, neo4j-admin or a browser'))
  .requiredOption('--format <format>', 'gexf | graphml | cytoscape | csv | html')
  .requiredOption('--out <path>', 'file to write; for csv a directory that gets nodes.csv and edges.csv')
  .option('--entity <name>', 'an entity name, alias or id to export the neighbourhood of (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
  .option('--from <date>', 'only events overlapping the window from this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')
  .option('--to <date>', 'only events overlapping the window up to this ISO date')
  .option('--hops <n>', 'event hops around the --entity entities (default 1)', (v: string) => {
    if (!/^\d+$/.test(v.trim())) throw new InvalidArgumentError(`expected a whole number, got "${v}"`);
    return Number(v);
  })
  .action(async (opts: { data: string; store: 'memory' | 'neo4j'; format: string; out: string; entity: string[]; from?: string; to?: string; hops?: number }) => {
    const [{ exportFormat, renderExport }, { loadExportGraph }, { mkdir, writeFile }, path] = await Promise.all([
      import('./export/renderExport.js'),
      import('./export/loadExportGraph.js'),
      import('node:fs/promises'),
      import('node:path'),
    ]);
    const format = exportFormat(opts.format);
    const store = await openStore({ store: opts.store, dataDir: opts.data });
    try {
      const filter = { ...(opts.entity.length > 0 ? { entity: opts.entity } : {}), ...(opts.from !== undefined ? { from: opts.from } : {}), ...(opts.to !== undefined ? { to: opts.to } : {}), ...(opts.hops !== undefined ? { hops: opts.hops } : {}) };
      const graph = await loadExportGraph(store, filter);
      const { files } = renderExport(graph, format);
      if (format === 'csv') await mkdir(opts.out, { recursive: true });
      const written = [];
      for (const file of files) {
        const target = format === 'csv' ? path.join(opts.out, file.name) : opts.out;
        await writeFile(target, file.text);
        written.push(target);
      }
      console.log(`wrote ${written.join(' and ')}: ${graph.order} nodes, ${graph.size} edges`);
    } finally {
      await store.close();
    }
  });

// The bundled Neo4j (src/store/neo4j/launcher.ts): a background Neo4j 5.26 on 127.0.0.1 whose URI
// goes into NEO4J_URI for `--store neo4j`. Its files live in DATA_DIR (database in DATA_DIR/neo4j-db).
const neo4jCommand = program.command('neo4j').description('run the bundled Neo4j 5.26 (Java 17; jars from Maven Central on first use)');
const neo4jDataOption = (cmd: Command) => cmd.option('--data <dir>', 'data directory of the instance (the database goes to DIR/neo4j-db)', '.newsgraph');

neo4jDataOption(neo4jCommand.command('start').description('start it in the background; prints its bolt:// URI once it answers'))
  .option('--port <n>', 'Bolt port on 127.0.0.1 (default: a free port)', (v: string) => Number.parseInt(v, 10))
  .action(async (opts: { data: string; port?: number }) => {
    const { startNeo4j } = await import('./store/neo4j/launcher.js');
    const neo = await startNeo4j({ dataDir: opts.data, detached: true, ...(opts.port ? { port: opts.port } : {}), onLog: (line) => console.error(line) });
    console.error(`Neo4j runs in the background (pid ${neo.pid}); use it with: export NEO4J_URI=${neo.uri}`);
    console.log(neo.uri);
  });

neo4jDataOption(neo4jCommand.command('stop').description('shut the instance of DATA_DIR down cleanly'))
  .action(async (opts: { data: string }) => {
    const { stopNeo4j } = await import('./store/neo4j/launcher.js');
    const result = await stopNeo4j(opts.data);
    console.log(result.wasRunning ? `stopped Neo4j (pid ${result.pid}${result.killed ? ', killed after the grace period' : ''})` : `no Neo4j running for ${opts.data}`);
  });

neo4jDataOption(neo4jCommand.command('status').description('say whether the instance of DATA_DIR runs, and its URI (exit code 3 when it does not run)'))
  .action(async (opts: { data: string }) => {
    const { neo4jStatus } = await import('./store/neo4j/launcher.js');
    const status = await neo4jStatus(opts.data);
    if (status.running) {
      console.log(`running ${status.uri ?? '(starting)'} (pid ${status.pid}, data ${status.dataDir}, log ${status.logFile})`);
    } else {
      console.log(`not running (data ${status.dataDir}, log ${status.logFile})`);
      process.exitCode = 3;
    }
  });

program.parseAsync().catch((err: Error) => {
  console.error(`newsgraph: ${err.message}`);
  process.exit(1);
});
