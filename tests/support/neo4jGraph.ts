// The whole graph of a Neo4j database as plain, sorted data (graph/dumpNodes.cypher,
// graph/dumpRelationships.cypher), for tests that compare two graphs or count what is there.
// Integers come back as JS numbers.
import neo4j from 'neo4j-driver';
import { cypher } from '../../src/store/neo4j/cypher.js';

export interface GraphDump {
  nodes: { id: string; labels: string[]; props: Record<string, unknown> }[];
  relationships: { key: string; type: string; from: string; to: string; props: Record<string, unknown> }[];
}

export async function neo4jGraph(uri: string): Promise<GraphDump> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const nodes = await driver.executeQuery(cypher('dumpNodes'));
    const relationships = await driver.executeQuery(cypher('dumpRelationships'));
    return {
      nodes: nodes.records.map((r) => ({ id: r.get('id') as string, labels: [...(r.get('labels') as string[])].sort(), props: r.get('props') as Record<string, unknown> })),
      relationships: relationships.records.map((r) => ({
        key: r.get('key') as string,
        type: r.get('type') as string,
        from: r.get('from') as string,
        to: r.get('to') as string,
        props: r.get('props') as Record<string, unknown>,
      })),
    };
  } finally {
    await driver.close();
  }
}
