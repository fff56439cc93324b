// Every event matching a store query, fetched page by page in store order (by date, undated last).
// Resolvers use it for filtered lists (one person's summits, one entity's timeline), never for the whole graph.
import type { EventFact } from '../model/index.js';
import type { EventQuery, GraphStore } from '../store/graphStore.js';

/** Events per store call: large, since every call may cost a scan of the store. */
const BATCH = 1_000;

export async function allEvents(store: GraphStore, query: Omit<EventQuery, 'first' | 'offset'>): Promise<EventFact[]> {
  const events: EventFact[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const page = await store.events({ ...query, first: BATCH, offset });
    events.push(...page.items);
    if (!page.hasNextPage || page.items.length === 0) return events;
  }
}
