// The committed resolver types (src/api/generated/resolvers-types.ts) are what codegen.ts makes of
// schema.graphql today. `npm test` runs `npm run codegen` first, which rewrites the file; so in CI
// (CI set) the fresh output is also compared with the file as committed (git HEAD): a schema change
// committed without its regenerated types fails CI. Locally the working file is compared.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config, { RESOLVER_TYPES_FILE } from '../codegen.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function regenerated(): Promise<string> {
  const outputs = (await generate({ ...config, cwd: root }, false)) as { filename: string; content: string }[];
  expect(outputs.map((o) => path.relative(root, path.resolve(root, o.filename)))).toEqual([RESOLVER_TYPES_FILE]);
  return outputs[0]?.content ?? '';
}

it('regenerating the resolver types gives the file in the work tree', async () => {
  expect(await regenerated()).toBe(await readFile(path.join(root, RESOLVER_TYPES_FILE), 'utf8'));
}, 60_000);

it.runIf(process.env.CI)('in CI, regenerating the resolver types gives the committed file', async () => {
  const committed = execFileSync('git', ['show', `HEAD:${RESOLVER_TYPES_FILE}`], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  // A difference means schema.graphql or codegen.ts changed and `npm run codegen` was not run before committing.
  expect(await regenerated()).toBe(committed);
}, 60_000);
