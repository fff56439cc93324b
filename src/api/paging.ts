// Relay-style connections over offset pages: a cursor is the opaque base64 of an item's offset;
// `first` defaults to 20 and may not exceed 100.
//
//   pageRequest(2, encodeCursor(19)) -> { first: 2, offset: 20 }
import type { Page, PageRequest } from '../store/graphStore.js';
import { badUserInput } from './userErrors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(String(offset), 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!/^\d+$/.test(text) || encodeCursor(Number(text)) !== cursor) throw badUserInput(`Invalid cursor "${cursor}"`);
  return Number(text);
}

/** The store page request for GraphQL `first`/`after` arguments; BAD_USER_INPUT when out of range. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0) throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  if (size > MAX_PAGE_SIZE) throw badUserInput(`first may be at most ${MAX_PAGE_SIZE}, got ${size}`);
  const offset = after === null || after === undefined ? 0 : decodeCursor(after) + 1;
  return { first: size, offset };
}

export function connectionOf<T>(page: Page<T>): Connection<T> {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  const last = edges[edges.length - 1];
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? last.cursor : null }, totalCount: page.totalCount };
}
