// Opens the configured GraphStore: 'memory' (graphology + dataDir/graph.json, the default) or
// 'neo4j' (./neo4j/neo4jStore.js, loaded only when asked for), configured by Neo4j's own variable
// names: NEO4J_URI (required: bolt://host:port or neo4j://host:port), NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE. A Neo4j store that is not configured or cannot be reached is
// a StoreUnavailableError whose message names NEO4J_URI.
//
//   const store = await openStore({ store: 'memory', dataDir: '.newsgraph' });
//   NEO4J_URI=bolt://127.0.0.1:7687 ... await openStore({ store: 'neo4j', dataDir: '.newsgraph' });
import type { GraphStore } from './graphStore.js';
import { openMemoryStore } from './memory/memoryStore.js';
import { StoreUnavailableError } from './storeUnavailableError.js';

export { StoreUnavailableError } from './storeUnavailableError.js';

export interface OpenStoreOptions {
  store: 'memory' | 'neo4j';
  /** Where the memory store keeps graph.json. */
  dataDir: string;
  /** Where NEO4J_* are read from; process.env by default. */
  env?: Record<string, string | undefined>;
}

export async function openStore(options: OpenStoreOptions): Promise<GraphStore> {
  if (options.store === 'memory') return openMemoryStore(options.dataDir);
  if (options.store === 'neo4j') return openNeo4jFromEnv(options.env ?? process.env, options.dataDir);
  throw new StoreUnavailableError(`Unknown store "${String(options.store)}": use "memory" or "neo4j".`);
}

async function openNeo4jFromEnv(env: Record<string, string | undefined>, dataDir: string): Promise<GraphStore> {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) {
    const { neo4jStatus } = await import('./neo4j/launcher.js');
    const bundled = await neo4jStatus(dataDir).catch(() => undefined);
    const hint = bundled?.running && bundled.uri
      ? `the bundled Neo4j of ${dataDir} runs at ${bundled.uri}: export NEO4J_URI=${bundled.uri}`
      : 'start the bundled one with `newsgraph neo4j start`, which prints its URI';
    throw new StoreUnavailableError(
      `NEO4J_URI is not set: the neo4j store needs the Bolt URI of a Neo4j server, e.g. NEO4J_URI=bolt://127.0.0.1:7687 (${hint}). ` +
        'NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE are optional.',
    );
  }
  const { openNeo4jStore } = await import('./neo4j/neo4jStore.js');
  return openNeo4jStore({
    uri,
    ...(env.NEO4J_USERNAME ? { username: env.NEO4J_USERNAME } : {}),
    ...(env.NEO4J_PASSWORD ? { password: env.NEO4J_PASSWORD } : {}),
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  });
}
