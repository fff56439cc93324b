// The memory store's full-text index (GraphStore.search): one minisearch document per entity (its
// name and aliases) and per event (its title), tokenized by searchWords(), so that a query finds
// every document holding each of its words (the last as a prefix). searchHits() then checks each
// name on its own, scores and orders: the memory and Neo4j stores share that last step.
//
//   const index = SearchIndex.of(graph);
//   index.search(graph, 'kim jong', 10)  // [{ type: 'ENTITY', id: 'person:kim-jong-un', matched: 'Kim Jong Un', score: 2 }]
import MiniSearch from 'minisearch';
import type { SearchHit } from '../graphStore.js';
import { searchHits, type SearchCandidate } from '../searchHits.js';
import { searchWords } from '../searchWords.js';
import type { StoreGraph } from './applyChange.js';

interface SearchDocument {
  id: string;
  text: string;
}

export class SearchIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['text'],
    tokenize: searchWords,
    processTerm: (term) => term,
    searchOptions: { tokenize: searchWords, processTerm: (term) => term, combineWith: 'AND', prefix: (_term, i, terms) => i === terms.length - 1 },
  });

  static of(graph: StoreGraph): SearchIndex {
    const index = new SearchIndex();
    graph.forEachNode((id) => index.put(graph, id));
    return index;
  }

  /** Indexes the node as it now stands in graph (an entity or event), or drops it when it is gone. */
  put(graph: StoreGraph, id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    if (!graph.hasNode(id)) return;
    const names = namesOf(graph, id);
    if (names) this.index.add({ id, text: names.names.join('\n') });
  }

  search(graph: StoreGraph, text: string, limit: number): SearchHit[] {
    if (searchWords(text).length === 0) return [];
    const candidates: SearchCandidate[] = [];
    for (const result of this.index.search(text)) {
      const id = String(result.id);
      const candidate = graph.hasNode(id) ? namesOf(graph, id) : undefined;
      if (candidate) candidates.push(candidate);
    }
    return searchHits(candidates, text, limit);
  }
}

function namesOf(graph: StoreGraph, id: string): SearchCandidate | undefined {
  const node = graph.getNodeAttributes(id);
  if (node.nodeType === 'entity') return { type: 'ENTITY', id, names: [node.name, ...node.aliases] };
  if (node.nodeType === 'event') return { type: 'EVENT', id, names: [node.title] };
  return undefined;
}
