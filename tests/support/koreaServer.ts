// A running API server over a memory store holding the contract suite's Korea fixture, started
// before the file's tests and stopped after them. Read `.server` and `.store` inside tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createServer, type RunningServer } from '../../src/api/createServer.js';
import type { GraphStore } from '../../src/store/graphStore.js';
import { openMemoryStore } from '../../src/store/memory/memoryStore.js';
import { korea } from '../store.contract.js';

export function koreaServer(name: string): { server: RunningServer; store: GraphStore } {
  const running = {} as { server: RunningServer; store: GraphStore };
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), `newsgraph-${name}-`));
    running.store = await openMemoryStore(dir);
    await running.store.write(korea());
    running.server = await createServer(running.store, { port: 0 });
  });
  afterAll(async () => {
    await running.server?.close();
    await running.store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return running;
}
