// The memory store's name indexes. Full text (GraphStore.search): an inverted index of the words
// (searchWords()) of every entity's name and aliases and every event's title, with its words in
// sorted order for prefix look-ups, so that a query finds every document holding each of its words
// (the last as a prefix) by reading only the documents under its rarest word, or under the words
// the prefix starts; searchHits() then checks each name on its own, scores and orders (the memory
// and Neo4j stores share that last step). Look-up (GraphStore.entity): the entities whose id, name
// or an alias has a given nameKey(). Hand-written: a general full-text library scores every match
// (BM25), which costs more than the rest of a search when a short prefix matches thousands of titles.
//
//   const index = SearchIndex.of(graph);
//   index.search(graph, 'kim jong', 10)  // [{ type: 'ENTITY', id: 'person:kim-jong-un', matched: 'Kim Jong Un', score: 2 }]
import type { SearchHit } from '../graphStore.js';
import { nameKey } from '../nameKey.js';
import { setImmediate as nextLoop } from 'node:timers/promises';
import { SearchRanking, type SearchCandidate } from '../searchHits.js';
import { searchWords } from '../searchWords.js';
import type { StoreGraph } from './applyChange.js';
import { IdSets } from './idSets.js';

/** Documents looked at between two turns of the event loop. */
const CHUNK = 2000;
/** More new words than this in one write are sorted in with all the others, not one at a time. */
const MAX_INSERTS = 1000;

export class SearchIndex {
  /** Document ids by word, and each document's words. */
  private readonly byWord = new IdSets();
  private readonly wordsOf = new Map<string, string[]>();
  /** Every word, sorted (words since dropped too, skipped when read); new ones go in one by one, or all at once on the next search after many. */
  private sorted: string[] = [];
  private pending: string[] = [];

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
    for (const word of this.wordsOf.get(id) ?? []) this.byWord.remove(word, id);
    this.wordsOf.delete(id);
    for (const key of this.keysOf.get(id) ?? []) {
      const ids = this.byKey.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.byKey.delete(key);
    }
    this.keysOf.delete(id);
    if (!graph.hasNode(id)) return;
    const names = namesOf(graph, id);
    if (!names) return;
    const words = [...new Set(names.names.flatMap(searchWords))];
    this.wordsOf.set(id, words);
    for (const word of words) {
      if (!this.byWord.get(word)) this.pending.push(word);
      this.byWord.add(word, id);
    }
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

  /** Scores the matches a chunk at a time, letting the event loop run between chunks (a short prefix can match many thousands). */
  async search(graph: StoreGraph, text: string, limit: number): Promise<SearchHit[]> {
    const words = searchWords(text);
    if (words.length === 0) return [];
    const ranking = new SearchRanking(text, limit);
    let n = 0;
    for (const id of this.matching(words)) {
      const candidate = graph.hasNode(id) ? namesOf(graph, id) : undefined;
      if (candidate) ranking.add(candidate);
      if (++n % CHUNK === 0) await nextLoop();
    }
    // A search started before a write may have read words since dropped: the graph decides (namesOf above).
    return ranking.hits();
  }

  /** Documents holding every word, the last as a prefix of one of theirs (lazily: the caller pauses between chunks). */
  private *matching(words: string[]): Generator<string> {
    const whole = words.slice(0, -1);
    const prefix = words[words.length - 1] as string;
    const sets = whole.map((w) => this.byWord.get(w));
    if (sets.some((s) => s === undefined)) return;
    if (sets.length > 0) {
      // Read the documents of the rarest whole word only, checking the others on their own words.
      const rarest = (sets as Set<string>[]).reduce((a, b) => (b.size < a.size ? b : a));
      for (const id of rarest) {
        const own = this.wordsOf.get(id) ?? [];
        if (whole.every((w) => own.includes(w)) && own.some((w) => w.startsWith(prefix))) yield id;
      }
      return;
    }
    const seen = new Set<string>();
    for (const word of this.wordsFrom(prefix)) {
      for (const id of this.byWord.get(word) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        yield id;
      }
    }
  }

  private insert(word: string): void {
    const at = this.firstFrom(word);
    if (this.sorted[at] !== word) this.sorted.splice(at, 0, word);
  }

  /** The position of the first sorted word not before `word`. */
  private firstFrom(word: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The indexed words starting with prefix (a range of the sorted words). */
  private *wordsFrom(prefix: string): Generator<string> {
    if (this.pending.length > MAX_INSERTS) this.sorted = [...new Set([...this.sorted, ...this.pending])].sort();
    else for (const word of this.pending) this.insert(word);
    this.pending = [];
    for (let i = this.firstFrom(prefix); i < this.sorted.length && (this.sorted[i] as string).startsWith(prefix); i++) {
      const word = this.sorted[i] as string;
      if (this.byWord.get(word)) yield word;
    }
  }
}

function namesOf(graph: StoreGraph, id: string): SearchCandidate | undefined {
  const node = graph.getNodeAttributes(id);
  if (node.nodeType === 'entity') return { type: 'ENTITY', id, names: [node.name, ...node.aliases] };
  if (node.nodeType === 'event') return { type: 'EVENT', id, names: [node.title] };
  return undefined;
}
