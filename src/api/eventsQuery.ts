// Turns the GraphQL EventFilter (names or ids, partial dates) into a store EventQuery: participant
// and place names are looked up alias-aware (NOT_FOUND when unknown), "2019-02" as from/to means
// the whole month.
//
//   await eventsQuery(store, { participants: ['Kim'], from: '2019' }, { first: 20, offset: 0 })
//     -> { participants: ['person:kim-jong-un'], from: '2019-01-01', first: 20, offset: 0 }
import type { EventQuery, GraphStore, PageRequest } from '../store/graphStore.js';
import type { EventFilter } from './generated/resolvers-types.js';
import { requireEntity } from './requireEntity.js';
import { dateWindow } from './timeWindow.js';

export async function eventsQuery(store: GraphStore, filter: EventFilter | null | undefined, page: PageRequest): Promise<EventQuery> {
  const query: EventQuery = { ...page };
  if (!filter) return query;
  if (filter.kinds) query.kinds = filter.kinds;
  if (filter.status) query.status = filter.status;
  if (filter.participants) query.participants = await Promise.all(filter.participants.map(async (name) => (await requireEntity(store, name)).id));
  if (filter.place) query.place = (await requireEntity(store, filter.place)).id;
  if (filter.source) query.source = filter.source;
  const window = dateWindow(filter.from, filter.to);
  if (window.start !== null) query.from = window.start;
  if (window.end !== null) query.to = window.end;
  return query;
}
