// Driver errors as the store's callers should see them: a server that cannot be reached or went
// away, refused credentials or an unknown database become StoreUnavailableError naming the
// variable to check (NEO4J_URI, NEO4J_USERNAME/NEO4J_PASSWORD, NEO4J_DATABASE); anything else
// (InvalidChange, a Cypher error) passes through unchanged.
//
//   catch (e) { throw neo4jStoreError(e, 'bolt://127.0.0.1:7687') }
import { Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../storeUnavailableError.js';

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const UNREACHABLE_MESSAGE = /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT|EPIPE|socket|connection (was )?(closed|refused|reset|lost)|Failed to connect/i;

export function neo4jStoreError(error: unknown, uri: string, database?: string): unknown {
  if (!(error instanceof Error) || error instanceof StoreUnavailableError) return error;
  const message = error.message;
  const code = String((error as { code?: unknown }).code ?? '');
  if (UNREACHABLE_CODES.has(code) || (error instanceof Neo4jError && UNREACHABLE_MESSAGE.test(message)) || /^E(CONNREFUSED|CONNRESET|HOSTUNREACH|PIPE)$/.test(code)) {
    return new StoreUnavailableError(
      `Neo4j at ${uri} (NEO4J_URI) cannot be reached or went away: ${firstLine(message)}. ` +
        'Start one (newsgraph neo4j start) or point NEO4J_URI at a running server, then run the command again.',
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreUnavailableError(`Neo4j at ${uri} (NEO4J_URI) refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD): ${firstLine(message)}`, { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(`Neo4j at ${uri} (NEO4J_URI) has no database ${JSON.stringify(database ?? 'neo4j')} (check NEO4J_DATABASE): ${firstLine(message)}`, { cause: error });
  }
  return error;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/\.$/, '');
}
