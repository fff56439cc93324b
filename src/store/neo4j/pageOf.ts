// A Page from the one row of a paged graph/*.cypher query (totalCount, items as node properties),
// each item converted by nodeProps.ts.
//
//   pageOf(records[0], pageRequest(query), entityOf)  // { items, totalCount, offset, hasNextPage }
import type { Page } from '../graphStore.js';
import type { Props } from './nodeProps.js';
import type { PageParams } from './pageRequest.js';

export function pageOf<T>(record: { get(key: string): unknown } | undefined, page: PageParams, convert: (props: Props) => T): Page<T> {
  const totalCount = Number(record?.get('totalCount') ?? 0);
  const items = ((record?.get('items') as Props[] | undefined) ?? []).map(convert);
  return { items, totalCount, offset: page.offset, hasNextPage: page.offset + items.length < totalCount };
}
