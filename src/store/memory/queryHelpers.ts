// The read semantics of the GraphStore interface as pure functions over records, used by the
// memory store (the Neo4j store expresses the same rules in Cypher; the contract suite checks both).
// Code-unit string order throughout (what Cypher's ORDER BY does for strings); nulls sort last.
import type { Article, EventFact } from '../../model/index.js';
import type { EventQuery, Page, PageRequest } from '../graphStore.js';

export function compareStrings(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** By when.earliest, then id; events without an earliest day last. */
export function compareEvents(a: EventFact, b: EventFact): number {
  return compareStrings(a.when?.earliest, b.when?.earliest) || compareStrings(a.id, b.id);
}

/** By publishedAt.earliest, then id; undated articles last. */
export function compareArticles(a: Article, b: Article): number {
  return compareStrings(a.publishedAt?.earliest, b.publishedAt?.earliest) || compareStrings(a.id, b.id);
}

/**
 * Whether an event passes every filter of the query. Lists match any member (an empty list
 * matches nothing). The window [from, to] matches an event whose interval [earliest, latest]
 * overlaps it (an empty window, from after to, matches nothing); a missing latest is open-ended;
 * an event without an earliest day never matches a window.
 */
export function matchesEventQuery(event: EventFact, query: EventQuery): boolean {
  if (query.kinds && !query.kinds.includes(event.kind)) return false;
  if (query.status && !query.status.includes(event.status)) return false;
  if (query.participants) {
    const wanted = new Set(query.participants);
    if (!event.participants.some((p) => wanted.has(p.entity))) return false;
  }
  if (query.place !== undefined && event.place !== query.place) return false;
  if (query.source !== undefined && !event.sources.includes(query.source)) return false;
  if (query.from !== undefined || query.to !== undefined) {
    const earliest = event.when?.earliest ?? null;
    const latest = event.when?.latest ?? null;
    if (earliest === null) return false;
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) return false;
    if (query.to !== undefined && earliest > query.to) return false;
    if (query.from !== undefined && latest !== null && latest < query.from) return false;
  }
  return true;
}

/** One page of an already ordered list. */
export function pageOf<T>(items: T[], request: PageRequest): Page<T> {
  const offset = Math.max(0, Math.floor(request.offset));
  const first = Math.max(0, Math.floor(request.first));
  const slice = items.slice(offset, offset + first);
  return { items: slice, totalCount: items.length, offset, hasNextPage: offset + slice.length < items.length };
}
