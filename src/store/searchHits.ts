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
  const words = searchWords(text);
  if (words.length === 0 || !(limit > 0)) return [];
  const key = nameKey(text);
  const hits: SearchHit[] = [];
  for (const candidate of candidates) {
    let best: SearchHit | undefined;
    for (const name of candidate.names) {
      const score = scoreOf(words, key, name);
      if (score > 0 && (!best || score > best.score)) best = { type: candidate.type, id: candidate.id, matched: name, score };
    }
    if (best) hits.push(best);
  }
  hits.sort((a, b) => b.score - a.score || (a.type === b.type ? 0 : a.type === 'ENTITY' ? -1 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, Math.floor(limit));
}

function scoreOf(words: string[], key: string, name: string): number {
  const own = searchWords(name);
  const last = words.length - 1;
  const lastWord = words[last] as string;
  const found = words.every((word, i) => (i < last ? own.includes(word) : own.some((w) => w.startsWith(lastWord))));
  if (!found) return 0;
  if (nameKey(name) === key) return 3;
  const starts = words.every((word, i) => (i < last ? own[i] === word : (own[i] ?? '').startsWith(word)));
  return starts ? 2 : 1;
}
