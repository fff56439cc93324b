// Applies graph/schema.cypher at open: runs the statements whose index or constraint the database
// lacks (all of them if it cannot tell, every statement being IF NOT EXISTS), then waits for new
// indexes to fill, so that the first search already sees every node.
//
//   await applySchema(driver, undefined)  // the server's default database
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher, cypherStatements } from './cypher.js';

/** Runs the statements of graph/schema.cypher whose index or constraint the database lacks (all of them if it cannot tell). */
export async function applySchema(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    let existing = new Set<string>();
    try {
      existing = new Set((await session.run(cypher('schemaNames'))).records.map((r) => String(r.get('name'))));
    } catch {
      // Not allowed to list indexes: every statement is IF NOT EXISTS, so run them all.
    }
    let created = false;
    for (const statement of cypherStatements('schema')) {
      const name = SCHEMA_NAME.exec(statement)?.[1];
      if (name === undefined || !existing.has(name)) {
        await session.run(statement);
        created = true;
      }
    }
    // New indexes fill in the background: wait, so that the first search already sees every node.
    if (created) await session.run(cypher('awaitIndexes'), { seconds: neo4j.int(300) });
  } finally {
    await session.close();
  }
}

const SCHEMA_NAME = /^CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF NOT EXISTS/i;
