// Thrown when the requested store cannot be used: an unknown store kind, the Neo4j store without
// NEO4J_URI, or a Neo4j server that cannot be reached (at open, or when it goes away during a
// read or write). The message says what to set or start; `name` is stable for callers and tests.
//
//   catch (e) { if ((e as Error).name === 'StoreUnavailable') console.error(e.message) }
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailable';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
