// Reads a paged GraphStore listing to its end, a page at a time, in the store's order (for the
// API's filtered lists and the exports; pages are large since every call may cost a scan).
//
//   const events = await allPages((page) => store.events({ ...page, from: '2019-01-01' }));
import type { Page, PageRequest } from './graphStore.js';

const PAGE_SIZE = 1000;

export async function allPages<T>(fetchPage: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await fetchPage({ first: PAGE_SIZE, offset });
    items.push(...page.items);
    if (!page.hasNextPage || page.items.length === 0) return items;
  }
}
