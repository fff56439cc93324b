// Resolve across articles: the same graph whichever order articles arrive in, and whether they
// arrive together or one by one (DESIGN.md: ingest A then B gives the same graph as A+B).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';

const files = readdirSync('examples/articles').filter((f) => /^00\d_/.test(f)).sort().map((f) => join('examples/articles', f));

async function graphAfter(batches: string[][]): Promise<unknown> {
  const store: GraphStore = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-order-')));
  for (const b of batches) await ingest(b, store);
  const events = await store.events({ first: 1000, offset: 0 });
  const entities = await store.entities({ first: 1000, offset: 0 });
  return {
    counts: await store.counts(),
    events: events.items.map((e) => ({ ...e, extractor: undefined, confidence: e.confidence, statusHistory: [...e.statusHistory].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) })),
    entities: entities.items,
  };
}

describe('resolve: order does not matter', () => {
  it('one by one, in reverse order, gives the same graph as all at once', async () => {
    const together = await graphAfter([files]);
    const reversed = await graphAfter([...files].reverse().map((f) => [f]));
    expect(reversed).toEqual(together);
  }, 120_000);

  it('one by one in file order gives the same graph as all at once', async () => {
    const together = await graphAfter([files]);
    const oneByOne = await graphAfter(files.map((f) => [f]));
    expect(oneByOne).toEqual(together);
  }, 120_000);
});
