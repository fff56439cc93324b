// The memory store's paging rules (whole, non-negative numbers, at most 2^31) for the Neo4j store,
// with offset and first also as Cypher integer parameters.
//
//   pageRequest({ first: 2.7, offset: -1 })  // { offset: 0, first: 2, params: { offset: int(0), first: int(2) } }
import neo4j from 'neo4j-driver';
import type { PageRequest } from '../graphStore.js';

export interface PageParams {
  offset: number;
  first: number;
  params: { offset: ReturnType<typeof neo4j.int>; first: ReturnType<typeof neo4j.int> };
}

/** The memory store's paging rules (whole, non-negative numbers), as Cypher integer parameters. */
export function pageRequest(request: PageRequest): PageParams {
  const offset = wholeCount(request.offset);
  const first = wholeCount(request.first);
  return { offset, first, params: { offset: neo4j.int(offset), first: neo4j.int(first) } };
}

function wholeCount(n: number): number {
  return Math.min(MAX_PAGE_NUMBER, Math.max(0, Math.floor(Number.isNaN(n) ? 0 : n)));
}

const MAX_PAGE_NUMBER = 2 ** 31;
