// Empties the Neo4j database at uri (graph/wipe.cypher): every node and relationship goes, the
// schema stays. For the tests and the benchmark only; never point it at data you want to keep.
import neo4j from 'neo4j-driver';
import { cypherStatements } from '../../src/store/neo4j/cypher.js';

export async function wipeNeo4j(uri: string, database?: string): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    const session = driver.session({ database });
    try {
      for (const statement of cypherStatements('wipe')) await session.run(statement);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
