// Vitest global setup for the Neo4j tests: when NEO4J_URI is not set, starts a real Neo4j 5.26
// (src/store/neo4j/launcher.ts, a child JVM that dies with this process) on a free port in a
// temporary directory, hands its URI to the tests (inject('neo4jUri'), and NEO4J_URI for the
// processes they start) and stops it afterwards. If Neo4j cannot start, the run fails: the Neo4j
// tests never skip. With NEO4J_URI set, the tests use that server (its database is wiped!).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '../../src/store/neo4j/launcher.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the Neo4j the tests use. */
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.NEO4J_URI?.trim();
  if (given) {
    await refuseForeignData(given);
    process.stderr.write(`[neo4j setup] using NEO4J_URI=${given}: the Neo4j tests wipe its database\n`);
    project.provide('neo4jUri', given);
    return undefined;
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-test-neo4j-'));
  const started = Date.now();
  let neo;
  try {
    neo = await startNeo4j({ dataDir, detached: false, onLog: (line) => process.stderr.write(`[neo4j setup] ${line}\n`) });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`The Neo4j tests need a Neo4j server and none could be started (set NEO4J_URI to use your own): ${(error as Error).message}`, { cause: error });
  }
  process.stderr.write(`[neo4j setup] ${neo.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.env.NEO4J_URI = neo.uri;
  project.provide('neo4jUri', neo.uri);
  return async () => {
    await neo.stop();
    delete process.env.NEO4J_URI;
    await rm(dataDir, { recursive: true, force: true });
  };
}

/** The tests wipe the database: refuse one that holds nodes newsgraph does not make. */
async function refuseForeignData(uri: string): Promise<void> {
  const driver = neo4j.driver(uri, process.env.NEO4J_USERNAME ? neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD ?? '') : undefined);
  try {
    const { records } = await driver.executeQuery('MATCH (n) WHERE NOT (n:Entity OR n:Event OR n:Article OR n:AuditEntry OR n:ResolveRecord OR n:ResolvePosting) RETURN count(n) AS foreign');
    const foreign = Number(records[0]?.get('foreign') ?? 0);
    if (foreign > 0) throw new Error(`NEO4J_URI=${uri} holds ${foreign} nodes that newsgraph did not make, and the Neo4j tests wipe the database: unset NEO4J_URI (the tests then start their own Neo4j) or point it at a scratch database`);
  } finally {
    await driver.close();
  }
}
