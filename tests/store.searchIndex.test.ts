// The memory store's full-text index under churn: nodes renamed and removed again and again, with
// the event loop turning between writes, as a long ingest does (MiniSearch's background vacuum broke
// under exactly this, lucaong/minisearch#306, before the index became its own word index). A node's
// old words must go with it and its new ones be found.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { StoreGraph } from '../src/store/memory/applyChange.js';
import { SearchIndex } from '../src/store/memory/searchIndex.js';

const entity = (name: string) => ({ nodeType: 'entity', label: 'Person', id: '', kind: 'PERSON', name, aliases: [] });

describe('memory search index', () => {
  it('stays whole and finds the current names while nodes change across many turns of the event loop', async () => {
    const graph = new MultiDirectedGraph() as unknown as StoreGraph;
    const index = new SearchIndex();
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 50; i++) {
        const id = `person:p${i}`;
        if (graph.hasNode(id)) graph.dropNode(id);
        // Many distinct words, so the index holds thousands of terms and a vacuum would take several batches.
        const words = [...Array(30).keys()].map((k) => `w${i}x${round}y${k}`).join(' ');
        if ((i + round) % 7 !== 0) graph.addNode(id, { ...entity(`Name${i} Round${round} ${words}`), id } as never);
        index.put(graph, id);
      }
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const hits = await index.search(graph, 'round39', 100);
    expect(hits.map((h) => h.id).sort()).toEqual(
      [...Array(50).keys()].filter((i) => (i + 39) % 7 !== 0).map((i) => `person:p${i}`).sort(),
    );
    expect(await index.search(graph, 'round38', 100)).toEqual([]);
  });
});
