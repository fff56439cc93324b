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

/** EventQuery.order DESC: by when.earliest descending, then id descending; undated events still last (by id descending). */
export function compareEventsDesc(a: EventFact, b: EventFact): number {
  const x = a.when?.earliest ?? null;
  const y = b.when?.earliest ?? null;
  if ((x === null) !== (y === null)) return x === null ? 1 : -1;
  return compareStrings(y, x) || compareStrings(b.id, a.id);
}

/**
 * The test an event must pass for every filter of the query (GraphStore.events). Lists match any
 * member (an empty list matches nothing). With from or to given, the event's interval
 * [earliest, latest] (missing latest: open-ended) must stand in query.relation (default OVERLAPS)
 * to the window [from, to] (missing bound: unbounded); undated events and an empty window (from
 * after to) never match.
 */
export function eventFilter(query: EventQuery): (event: EventFact) => boolean {
  const kinds = query.kinds ? new Set<string>(query.kinds) : undefined;
  const status = query.status ? new Set<string>(query.status) : undefined;
  const participants = query.participants ? new Set(query.participants) : undefined;
  const { place, source, from, to } = query;
  const windowed = from !== undefined || to !== undefined;
  const relation = query.relation ?? 'OVERLAPS';
  const emptyWindow = from !== undefined && to !== undefined && from > to;
  return (event) => {
    if (kinds && !kinds.has(event.kind)) return false;
    if (status && !status.has(event.status)) return false;
    if (participants && !event.participants.some((p) => participants.has(p.entity))) return false;
    if (place !== undefined && event.place !== place) return false;
    if (source !== undefined && !event.sources.includes(source)) return false;
    if (!windowed) return true;
    const earliest = event.when?.earliest ?? null;
    const latest = event.when?.latest ?? null;
    if (earliest === null || emptyWindow) return false;
    switch (relation) {
      case 'OVERLAPS':
        return (to === undefined || earliest <= to) && (from === undefined || latest === null || latest >= from);
      case 'DURING':
        return (from === undefined || from <= earliest) && (to === undefined || (earliest <= to && latest !== null && latest <= to));
      case 'BEFORE':
        return from !== undefined && latest !== null && latest < from;
      case 'AFTER':
        return to !== undefined && earliest > to;
    }
  };
}

/** One page of an already ordered list. */
export function pageOf<T>(items: T[], request: PageRequest): Page<T> {
  const offset = Math.max(0, Math.floor(request.offset));
  const first = Math.max(0, Math.floor(request.first));
  const slice = items.slice(offset, offset + first);
  return { items: slice, totalCount: items.length, offset, hasNextPage: offset + slice.length < items.length };
}
