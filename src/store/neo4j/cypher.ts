// The Neo4j store's Cypher: every statement is a file graph/NAME.cypher at the package root
// (parameters only, never string-built values), read once and cached. schema.cypher holds several
// statements separated by ";" at line ends; cypherStatements() splits such a file.
//
//   await tx.run(cypher('upsertArticles'), { rows });
//   for (const statement of cypherStatements('schema')) await session.run(statement);
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, string>();
let graphDir: string | undefined;

/** The text of graph/NAME.cypher (NAME may hold a sub-directory: "edges/MET"), comments kept. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(cypherDir(), `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file, without comment-only lines. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** graph/ at the package root, found upwards from this module (src/store/neo4j or dist/store/neo4j). */
export function cypherDir(): string {
  if (graphDir) return graphDir;
  const here = path.dirname(fileURLToPath(import.meta.url));
  let dir = here;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'graph', 'schema.cypher'))) return (graphDir = path.join(dir, 'graph'));
    dir = path.dirname(dir);
  }
  throw new Error(`graph/schema.cypher not found above ${here}`);
}
