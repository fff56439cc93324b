// schema.graphql, the API contract, as text: read once from the package root (found upwards from
// this module, so it works from src/ and from dist/).
//
//   buildSchema(apiTypeDefs())
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedSdl: string | undefined;

/** The text of schema.graphql. */
export function apiTypeDefs(): string {
  cachedSdl ??= readFileSync(schemaFile(), 'utf8');
  return cachedSdl;
}

/** schema.graphql at the package root, found upwards from this module (src/api or dist/src/api). */
export function schemaFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'schema.graphql');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('schema.graphql not found above ' + path.dirname(fileURLToPath(import.meta.url)));
}

