// The API contract (tests/api.contract.ts) on the memory store.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { apiContract } from './api.contract.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

apiContract('memory', async () => {
  dirs.push(await mkdtemp(path.join(os.tmpdir(), 'newsgraph-api-contract-')));
  return openMemoryStore(dirs[dirs.length - 1] as string);
});
