// Splits one large GraphChange into writes a store can take one transaction at a time (Neo4j
// caps a transaction's memory): first the articles, entities and holdings, then the events in
// slices of eventsPerBatch. Writing the batches in order gives the graph of the whole change.
//
//   for (const batch of changeBatches(syntheticGraph({ events: 100_000 }), 5_000)) await store.write(batch);
import type { GraphChange } from '../../src/store/graphStore.js';

export function changeBatches(change: GraphChange, eventsPerBatch: number): GraphChange[] {
  const batches: GraphChange[] = [{ articles: change.articles, entities: change.entities, holdings: change.holdings, events: [], removeEvents: change.removeEvents }];
  for (let i = 0; i < change.events.length; i += eventsPerBatch) {
    batches.push({ articles: [], entities: [], holdings: [], events: change.events.slice(i, i + eventsPerBatch), removeEvents: [] });
  }
  return batches;
}
