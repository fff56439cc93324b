// Reports resolve leaves as mentions, through the API: an undated article's "A met B" when the graph
// holds two dated meetings of A and B is no event of its own (it would be an undated copy of one of
// them) but a mention of its article, unlinked; with one dated meeting it joins that one; with none
// it stays an event. The same whichever order the articles come in. Texts written for this test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executeQuery } from '../src/api/executeQuery.js';
import { ingest } from '../src/ingest.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-mentions-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const bali = file('bali.txt', 'date 2022-11-15\n\nLeaders meet in Bali\n\nPresident Joe Biden met Chinese President Xi Jinping in Bali on November 14, 2022. They talked about trade.\n');
const washington = file('washington.txt', 'date 2023-06-20\n\nLeaders meet again\n\nPresident Joe Biden met Chinese President Xi Jinping in Washington on June 19, 2023. The two leaders discussed trade.\n');
const undated = file('undated.txt', 'Talks resume\n\nPresident Joe Biden met Chinese President Xi Jinping. The two leaders discussed the climate for two hours.\n');

async function storeOf(batches: string[][]): Promise<GraphStore> {
  const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-mentions-store-')));
  for (const batch of batches) await ingest(batch, store, { workers: 0 });
  return store;
}

interface ArticleView {
  title: string;
  mentions: { kind: string; trigger: string; participants: { entity: { id: string } }[]; evidence: { start: number; end: number }; event: { id: string } | null }[];
  events: { totalCount: number; edges: { node: { id: string } }[] };
}

async function articleTitled(store: GraphStore, title: string): Promise<ArticleView> {
  const articles = (await store.articles({ first: 10, offset: 0 })).items;
  const id = articles.find((a) => a.title === title)?.id;
  expect(id, title).toBeDefined();
  const response = await executeQuery(store, `{ article(id: "${id}") { title mentions { kind trigger participants { entity { id } } evidence { start end } event { id } } events(first: 5) { totalCount edges { node { id } } } } }`);
  expect(response.errors).toBeUndefined();
  return (response.data as { article: ArticleView }).article;
}

describe('reports left as mentions', () => {
  it('an undated "A met B" beside two dated meetings of A and B is an unlinked mention of its article, no event', async () => {
    const store = await storeOf([[bali, washington, undated]]);
    const view = await articleTitled(store, 'Talks resume');
    expect(view.events.totalCount).toBe(0);
    expect(view.mentions).toEqual([
      {
        kind: 'SUMMIT',
        trigger: 'President Joe Biden met Chinese President Xi Jinping.',
        participants: [{ entity: { id: 'person:joe-biden' } }, { entity: { id: 'person:xi-jinping' } }],
        evidence: { start: 0, end: 53 },
        event: null,
      },
    ]);
    expect((await store.events({ first: 10, offset: 0 })).totalCount).toBe(2);
    await store.close();
  });

  it('joins the one dated meeting when there is one, and stays an event when there is none', async () => {
    const one = await storeOf([[bali, undated]]);
    const joined = await articleTitled(one, 'Talks resume');
    const dated = await articleTitled(one, 'Leaders meet in Bali');
    expect(joined.mentions).toEqual([]);
    expect(joined.events.edges.map((e) => e.node.id)).toEqual(dated.events.edges.map((e) => e.node.id));
    await one.close();
    const none = await storeOf([[undated]]);
    expect((await articleTitled(none, 'Talks resume')).events.totalCount).toBe(1);
    await none.close();
  });

  it('is the same whichever order the articles come in: the undated one first, then each dated one', async () => {
    const together = await storeOf([[bali, washington, undated]]);
    const apart = await storeOf([[undated], [bali], [washington]]);
    for (const title of ['Talks resume', 'Leaders meet in Bali', 'Leaders meet again']) {
      expect(await articleTitled(apart, title), title).toEqual(await articleTitled(together, title));
    }
    await together.close();
    await apart.close();
  });
});
