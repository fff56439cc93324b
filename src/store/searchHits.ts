// The ranking shared by both stores' GraphStore.search: candidates found by an index (a superset
// is fine) are checked word by word, scored, ordered and cut to the limit here, so the memory and
// the Neo4j store answer alike. Rule: every word of the text is a word of one name (alias, title),
// the last word as a prefix. Score 3: nameKey() equal; 2: the name starts with the text's words;
// 1: any other match. Order: score desc, ENTITY before EVENT, id.
//
//   searchHits([{ type: 'ENTITY', id: 'person:kim-jong-un', names: ['Kim Jong Un', 'Kim'] }], 'kim', 10)
//     -> [{ type: 'ENTITY', id: 'person:kim-jong-un', matched: 'Kim', score: 3 }]
import type { SearchHit } from './graphStore.js';
import { nameKey } from './nameKey.js';
import { searchWords } from './searchWords.js';

export interface SearchCandidate {
  type: SearchHit['type'];
  id: string;
  /** An entity's name then its aliases; an event's title. */
  names: string[];
}

export function searchHits(candidates: Iterable<SearchCandidate>, text: string, limit: number): SearchHit[] {
  const ranking = new SearchRanking(text, limit);
  for (const candidate of candidates) ranking.add(candidate);
  return ranking.hits();
}

/** searchHits() a candidate at a time (a store may pause between candidates). */
export class SearchRanking {
  private readonly words: string[];
  private readonly key: string;
  private readonly keep: number;
  /** The best `keep` hits so far, worst first once full: thousands of candidates cost one comparison each, not a sort. */
  private readonly best: SearchHit[] = [];

  constructor(text: string, limit: number) {
    this.words = searchWords(text);
    this.key = nameKey(text);
    this.keep = this.words.length === 0 || !(limit > 0) ? 0 : Math.floor(limit);
  }

  add(candidate: SearchCandidate): void {
    if (this.keep === 0) return;
    let best: SearchHit | undefined;
    for (const name of candidate.names) {
      const score = scoreOf(this.words, this.key, name);
      if (score > 0 && (!best || score > best.score)) best = { type: candidate.type, id: candidate.id, matched: name, score };
    }
    if (!best) return;
    const hits = this.best;
    if (hits.length < this.keep) {
      hits.push(best);
      if (hits.length === this.keep) hits.sort(worseFirst);
    } else if (worseFirst(best, hits[0] as SearchHit) > 0) {
      // Replace the worst and move it to its place (the list stays sorted worst first).
      let i = 0;
      while (i + 1 < hits.length && worseFirst(best, hits[i + 1] as SearchHit) > 0) {
        hits[i] = hits[i + 1] as SearchHit;
        i++;
      }
      hits[i] = best;
    }
  }

  hits(): SearchHit[] {
    return [...this.best].sort(byRank);
  }
}

/** The order of hits: score desc, ENTITY before EVENT, id. */
function byRank(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || (a.type === b.type ? 0 : a.type === 'ENTITY' ? -1 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function worseFirst(a: SearchHit, b: SearchHit): number {
  return -byRank(a, b);
}

/** searchWords of names, kept: the same titles and names are scored again by every search that finds them. */
const wordsOfName = new Map<string, string[]>();
const MAX_KEPT_NAMES = 500_000;

function nameWords(name: string): string[] {
  let words = wordsOfName.get(name);
  if (!words) {
    if (wordsOfName.size >= MAX_KEPT_NAMES) wordsOfName.clear();
    wordsOfName.set(name, (words = searchWords(name)));
  }
  return words;
}

function scoreOf(words: string[], key: string, name: string): number {
  const own = nameWords(name);
  const last = words.length - 1;
  const lastWord = words[last] as string;
  const found = words.every((word, i) => (i < last ? own.includes(word) : own.some((w) => w.startsWith(lastWord))));
  if (!found) return 0;
  if (nameKey(name) === key) return 3;
  const starts = words.every((word, i) => (i < last ? own[i] === word : (own[i] ?? '').startsWith(word)));
  return starts ? 2 : 1;
}
