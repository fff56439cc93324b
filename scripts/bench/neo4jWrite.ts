// Neo4j write benchmark (not a timed test): a generated corpus of articles' worth of facts
// (articleCorpus.ts: one GraphChange per batch of articles) written into a fresh Neo4j twice in
// the same process: through the store's batched path (Neo4jStore.write: UNWIND $rows ... MERGE
// statements, pipelined, one transaction per batch) and through a one-statement-per-fact path (the
// same statements and the same validation, but one row per statement, each awaited in turn, still
// one transaction per batch). Prints facts written per second for each and the ratio; then one
// statement per fact, each its own auto-commit transaction (how a naive writer does it), on the
// first articles only (--autocommit N, 0 to skip: it is slow). A fact is one node or relationship
// written (article, entity, event, holding, edge).
//
//   npm run bench:neo4j                                  (10,000 articles, own Neo4j in a temp dir)
//   npx tsx scripts/bench/neo4jWrite.ts --articles 2000 --batch 50 --autocommit 200
//   npx tsx scripts/bench/neo4jWrite.ts --uri bolt://127.0.0.1:7687   (WIPES that database)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import type { EntityKind } from '../../src/model/index.js';
import type { Counts, GraphChange } from '../../src/store/graphStore.js';
import { cypherStatements } from '../../src/store/neo4j/cypher.js';
import { startNeo4j, type RunningNeo4j } from '../../src/store/neo4j/launcher.js';
import { openNeo4jStore } from '../../src/store/neo4j/neo4jStore.js';
import { prepareWrite, runSteps } from '../../src/store/neo4j/writeChange.js';
import { writePlan } from '../../src/store/neo4j/writePlan.js';
import { articleCorpus } from './articleCorpus.js';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '50' },
    rows: { type: 'string', default: '1000' },
    autocommit: { type: 'string', default: '200' },
    uri: { type: 'string' },
  },
});
const ARTICLES = Number(args.articles);
const BATCH = Number(args.batch);
const ROWS = Number(args.rows);
const AUTOCOMMIT_ARTICLES = Number(args.autocommit);

interface Run {
  facts: number;
  seconds: number;
  counts: Counts;
}

const corpus = [...articleCorpus({ articles: ARTICLES, batchSize: BATCH })];
const factsOf = corpus.map(countFacts);
const totalFacts = factsOf.reduce((a, b) => a + b, 0);
console.log(`corpus: ${ARTICLES} articles in ${corpus.length} batches of ${BATCH}: ${totalFacts} facts (${describe(corpus)})`);

let neo: RunningNeo4j | undefined;
let tempDir: string | undefined;
let uri = args.uri;
if (!uri) {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-neo4j-'));
  const started = Date.now();
  neo = await startNeo4j({ dataDir: tempDir, detached: false });
  uri = neo.uri;
  console.log(`Neo4j 5.26 started at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data ${tempDir})`);
} else {
  console.log(`using ${uri}: its database is wiped before each path`);
}

try {
  const batched = await timed(uri, async (store) => {
    for (const change of corpus) await store.write(change);
  });
  report('batched: UNWIND $rows ... MERGE, pipelined, one transaction per batch', batched);

  const perFact = await timed(uri, async (_store, driver) => {
    for (const change of corpus) {
      const session = driver.session();
      try {
        await session.executeWrite(async (tx) => runSteps(tx, await prepareWrite(tx, change), { rowsPerStatement: 1, pipelined: false }));
      } finally {
        await session.close();
      }
    }
  });
  report('one statement per fact, one transaction per batch', perFact);
  console.log(`ratio batched / one statement per fact: ${(rate(batched) / rate(perFact)).toFixed(1)}x`);
  console.log(`same graph both ways: ${JSON.stringify(batched.counts) === JSON.stringify(perFact.counts) ? 'yes' : 'NO'} ${JSON.stringify(batched.counts)}`);

  if (AUTOCOMMIT_ARTICLES > 0) {
    const sample = corpus.slice(0, Math.ceil(AUTOCOMMIT_ARTICLES / BATCH));
    const sampleFacts = factsOf.slice(0, sample.length).reduce((a, b) => a + b, 0);
    const autocommit = await timed(
      uri,
      async (_store, driver) => {
        for (const change of sample) {
          const session = driver.session();
          try {
            const steps = await session.executeRead((tx) => prepareWrite(tx, change));
            await runSteps(session, steps, { rowsPerStatement: 1, pipelined: false });
          } finally {
            await session.close();
          }
        }
      },
      sampleFacts,
    );
    report(`one statement per fact, each auto-committed (first ${sample.length * BATCH} articles)`, autocommit);
    console.log(`ratio batched / auto-committed statement per fact: ${(rate(batched) / rate(autocommit)).toFixed(1)}x`);
  }
} finally {
  await neo?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
}

/** Wipes the database, opens a store (schema applied), then times `write` alone. */
async function timed(uri: string, write: (store: Awaited<ReturnType<typeof openNeo4jStore>>, driver: ReturnType<typeof neo4j.driver>) => Promise<void>, facts = totalFacts): Promise<Run> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const session = driver.session();
    try {
      for (const statement of cypherStatements('wipe')) await session.run(statement);
    } finally {
      await session.close();
    }
    const store = await openNeo4jStore({ uri, rowsPerStatement: ROWS });
    try {
      const started = process.hrtime.bigint();
      await write(store, driver);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return { facts, seconds, counts: await store.counts() };
    } finally {
      await store.close();
    }
  } finally {
    await driver.close();
  }
}

function rate(run: Run): number {
  return run.facts / run.seconds;
}

function report(what: string, run: Run): void {
  console.log(`${what}: ${Math.round(rate(run))} facts/s (${run.facts} facts in ${run.seconds.toFixed(1)} s)`);
}

/** Nodes and relationships one change writes: what writePlan() turns it into (every kind known from the change). */
function countFacts(change: GraphChange): number {
  const kinds = new Map<string, EntityKind>(change.entities.map((e) => [e.id, e.kind]));
  return writePlan(change, (id) => kinds.get(id), []).reduce((sum, step) => sum + step.facts, 0);
}

function describe(changes: GraphChange[]): string {
  const sum = (f: (c: GraphChange) => number): number => changes.reduce((n, c) => n + f(c), 0);
  return `${sum((c) => c.articles.length)} article, ${sum((c) => c.entities.length)} entity, ${sum((c) => c.events.length)} event and ${sum((c) => c.holdings.length)} holding upserts, ${sum((c) => c.removeEvents.length)} events merged away, the rest relationships`;
}
