// Opens the configured GraphStore: 'memory' (graphology + dataDir/graph.json, the default) or
// 'neo4j' (./neo4j/neo4jStore.js, loaded only when asked for, configured by NEO4J_URI & co.).
//
//   const store = await openStore({ store: 'memory', dataDir: '.newsgraph' });
import type { GraphStore } from './graphStore.js';
import { openMemoryStore } from './memory/memoryStore.js';

export interface OpenStoreOptions {
  store: 'memory' | 'neo4j';
  /** Where the memory store keeps graph.json. */
  dataDir: string;
}

/** Thrown when the requested store cannot be loaded (e.g. the Neo4j store is not built in). */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailable';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

interface Neo4jStoreModule {
  openNeo4jStore(options?: unknown): Promise<GraphStore>;
}

export async function openStore(options: OpenStoreOptions): Promise<GraphStore> {
  if (options.store === 'memory') return openMemoryStore(options.dataDir);
  if (options.store === 'neo4j') {
    const module = await loadNeo4jStore();
    return module.openNeo4jStore();
  }
  throw new StoreUnavailableError(`Unknown store "${String(options.store)}": use "memory" or "neo4j".`);
}

async function loadNeo4jStore(): Promise<Neo4jStoreModule> {
  const specifier = './neo4j/neo4jStore.js';
  let module: Partial<Neo4jStoreModule>;
  try {
    module = (await import(specifier)) as Partial<Neo4jStoreModule>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = String((error as Error).message);
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|Does the file exist/i.test(message)) {
      throw new StoreUnavailableError(`The Neo4j store could not be loaded (${message}); use the memory store.`, { cause: error });
    }
    throw error;
  }
  if (typeof module.openNeo4jStore !== 'function') {
    throw new StoreUnavailableError('The Neo4j store module does not export openNeo4jStore().');
  }
  return module as Neo4jStoreModule;
}
