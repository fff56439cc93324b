// Resolve across articles: the same graph whichever order articles arrive in, and whether they
// arrive together or one by one (DESIGN.md: ingest A then B gives the same graph as A+B), on the
// five sample articles and on generated wire stories (scripts/bench/newsArticles.ts) among which
// undated ones are dated by articles that come after them.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsArticles } from '../scripts/bench/newsArticles.js';
import { ingest } from '../src/ingest.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { graphOf } from './support/graphOf.js';

const samples = readdirSync('examples/articles').filter((f) => /^00\d_/.test(f)).sort().map((f) => join('examples/articles', f));

/** 60 generated stories, written to files (six of them undated, most of those dated by others). */
const generated = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-generated-'));
  return newsArticles({ count: 60 }).map((a) => {
    writeFileSync(join(dir, a.name), a.text);
    return { file: join(dir, a.name), undated: !/^date |\nUpdated: /.test(a.text) };
  });
})();

async function graphAfter(batches: string[][]): Promise<unknown> {
  const store: GraphStore = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-order-')));
  for (const b of batches) await ingest(b, store, { workers: 0 });
  return graphOf(store);
}

describe('resolve: order does not matter', () => {
  it('one by one, in reverse order, gives the same graph as all at once', async () => {
    const together = await graphAfter([samples]);
    const reversed = await graphAfter([...samples].reverse().map((f) => [f]));
    expect(reversed).toEqual(together);
  }, 120_000);

  it('one by one in file order gives the same graph as all at once', async () => {
    const together = await graphAfter([samples]);
    const oneByOne = await graphAfter(samples.map((f) => [f]));
    expect(oneByOne).toEqual(together);
  }, 120_000);

  it('generated stories: undated ones first, then the dated ones that date them, in batches, reversed, give the graph of all at once', async () => {
    const files = generated.map((g) => g.file);
    const together = (await graphAfter([files])) as { articles: { dateSource: string }[] };
    // Undated articles come first, so those dated at all are dated by articles that arrive later.
    expect(together.articles.filter((a) => a.dateSource === 'inferred').length).toBeGreaterThan(2);
    const undatedFirst = await graphAfter([generated.filter((g) => g.undated).map((g) => g.file), generated.filter((g) => !g.undated).map((g) => g.file)]);
    expect(undatedFirst).toEqual(together);
    const reversed = [...files].reverse();
    const inBatches = await graphAfter(Array.from({ length: Math.ceil(reversed.length / 7) }, (_, i) => reversed.slice(i * 7, i * 7 + 7)));
    expect(inBatches).toEqual(together);
  }, 120_000);
});

describe('resolve: dating by the same story', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-story-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const quote = '"We will keep every channel open until the talks resume in full," the envoy said.';

  it('an undated article sharing one long direct quotation (eight words or more) with a dated one was published that day or the day before', async () => {
    const dated = write('dated.txt', `date 2031-03-14 Envoys of Norland and Suvia met in Oslo.\n\n${quote}`);
    const undated = write('undated.txt', `Envoys meet again\n\nThe two envoys met again, officials said.\n\n${quote}`);
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-story-store-')));
    await ingest([dated, undated], store, { workers: 0 });
    const articles = (await store.articles({ first: 10, offset: 0 })).items;
    const u = articles.find((a) => a.source === undated)!;
    expect(u.publishedAt).toMatchObject({ earliest: '2031-03-13', latest: '2031-03-14' });
    expect(u.publishedAt?.text).toMatch(/^same story as /);
  });

  it('negative: one short stock phrase in quotation marks ("at the earliest date possible") makes no story; two such quotes do', async () => {
    const stock = '"at the earliest date possible"';
    const other = '"the talks were useful and frank"';
    const dated = write('dated3.txt', `date 2031-03-14 Envoys of Norland and Suvia met in Oslo.\n\nThey want a deal ${stock}, one said, calling ${other}.`);
    const one = write('undated3.txt', `Envoys meet again\n\nThe two envoys met again, officials said.\n\nA deal should come ${stock}.`);
    const two = write('undated4.txt', `Envoys meet once more\n\nThe envoys want a deal ${stock} and called the talks ${other}.`);
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-story-store-')));
    await ingest([dated, one, two], store, { workers: 0 });
    const articles = (await store.articles({ first: 10, offset: 0 })).items;
    expect(articles.find((a) => a.source === one)!.publishedAt).toBeNull();
    expect(articles.find((a) => a.source === two)!.publishedAt).toMatchObject({ earliest: '2031-03-13', latest: '2031-03-14' });
  });

  it('negative: a quotation of fewer than five words, or none, shares no story', async () => {
    const dated = write('dated2.txt', 'date 2031-03-14 Envoys of Norland and Suvia met in Oslo.\n\n"We are ready," the envoy said.');
    const undated = write('undated2.txt', 'Envoys meet again\n\nThe two envoys met again, officials said.\n\n"We are ready," one of them said.');
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-story-store-')));
    await ingest([dated, undated], store, { workers: 0 });
    const u = (await store.articles({ first: 10, offset: 0 })).items.find((a) => a.source === undated)!;
    expect(u.publishedAt).toBeNull();
  });
});
