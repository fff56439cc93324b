// The memory store's name indexes. Full text (GraphStore.search): one minisearch document per
// entity (its name and aliases) and per event (its title), tokenized by searchWords(), so that a
// query finds every document holding each of its words (the last as a prefix); searchHits() then
// checks each name on its own, scores and orders (the memory and Neo4j stores share that last
// step). Look-up (GraphStore.entity): the entities whose id, name or an alias has a given nameKey().
//
//   const index = SearchIndex.of(graph);
//   index.search(graph, 'kim jong', 10)  // [{ type: 'ENTITY', id: 'person:kim-jong-un', matched: 'Kim Jong Un', score: 2 }]
import MiniSearch from 'minisearch';
import type { SearchHit } from '../graphStore.js';
import { nameKey } from '../nameKey.js';
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
    autoVacuum: false,
    tokenize: searchWords,
    processTerm: (term) => term,
    searchOptions: { tokenize: searchWords, processTerm: (term) => term, combineWith: 'AND', prefix: (_term, i, terms) => i === terms.length - 1 },
  });

  /**
   * The text each node is indexed under, so a changed node is removed exactly (MiniSearch.remove)
   * instead of discarded: discard() leaves the work to a background vacuum that breaks when
   * documents are added or discarded while it runs (lucaong/minisearch#306).
   */
  private readonly texts = new Map<string, string>();
  /** Entity ids by the nameKey() of their id, name and aliases, and the keys each entity is filed under. */
  private readonly byKey = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, string[]>();

  static of(graph: StoreGraph): SearchIndex {
    const index = new SearchIndex();
    graph.forEachNode((id) => index.put(graph, id));
    return index;
  }

  /** Indexes the node as it now stands in graph (an entity or event), or drops it when it is gone. */
  put(graph: StoreGraph, id: string): void {
    const old = this.texts.get(id);
    if (old !== undefined) this.index.remove({ id, text: old });
    this.texts.delete(id);
    for (const key of this.keysOf.get(id) ?? []) {
      const ids = this.byKey.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.byKey.delete(key);
    }
    this.keysOf.delete(id);
    if (!graph.hasNode(id)) return;
    const names = namesOf(graph, id);
    if (!names) return;
    const text = names.names.join('\n');
    this.index.add({ id, text });
    this.texts.set(id, text);
    if (names.type !== 'ENTITY') return;
    const keys = [...new Set([id, ...names.names].map(nameKey))];
    this.keysOf.set(id, keys);
    for (const key of keys) {
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(id);
    }
  }

  /** The ids of the entities whose id, name or an alias has this nameKey(). */
  named(key: string): string[] {
    return [...(this.byKey.get(key) ?? [])];
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
