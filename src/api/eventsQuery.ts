// Turns the GraphQL EventFilter (names or ids, partial dates, events as window bounds, an interval
// relation) into a store EventQuery: participant and place names are looked up alias-aware
// (NOT_FOUND when unknown), "2019-02" as from/to means the whole month, afterEvent/beforeEvent
// bound the window by events (timeWindow.ts). null when the window is empty (afterEvent after
// beforeEvent) and the relation needs both ends (OVERLAPS, DURING): nothing can match.
//
//   await eventsQuery(store, { participants: ['Kim'], from: '2019', relation: 'DURING' }, { first: 20, offset: 0 }, 'DESC')
//     -> { participants: ['person:kim-jong-un'], from: '2019-01-01', relation: 'DURING', order: 'DESC', first: 20, offset: 0 }
import type { DateOrder, EventQuery, GraphStore, IntervalRelation, Page, PageRequest } from '../store/graphStore.js';
import type { EventFilter } from './generated/resolvers-types.js';
import { isEmpty, type Interval } from './interval.js';
import { requireEntity } from './requireEntity.js';
import { timeWindow } from './timeWindow.js';
import { badUserInput } from './userErrors.js';

export async function eventsQuery(store: GraphStore, filter: EventFilter | null | undefined, page: PageRequest, order: DateOrder | null | undefined): Promise<EventQuery | null> {
  const query: EventQuery = { ...page, ...(order ? { order } : {}) };
  if (!filter) return query;
  if (filter.kinds) query.kinds = filter.kinds;
  if (filter.status) query.status = filter.status;
  if (filter.participants) query.participants = await Promise.all(filter.participants.map(async (name) => (await requireEntity(store, name)).id));
  if (filter.place) query.place = (await requireEntity(store, filter.place)).id;
  if (filter.source) query.source = filter.source;
  const window = await timeWindow(store, filter);
  const bounds = windowBounds(window, filter.relation);
  return bounds === null ? null : { ...query, ...bounds };
}

/**
 * The from/to/relation of a store query for a window and a relation (OVERLAPS when not given);
 * BAD_USER_INPUT when BEFORE has no window start or AFTER no window end; null when the window is
 * empty and the relation needs both ends.
 */
export function windowBounds(window: Interval, relation: IntervalRelation | null | undefined): Pick<EventQuery, 'from' | 'to' | 'relation'> | null {
  const wanted = relation ?? 'OVERLAPS';
  if (wanted === 'BEFORE' && window.start === null) throw badUserInput('relation BEFORE needs a window start: give from or afterEvent');
  if (wanted === 'AFTER' && window.end === null) throw badUserInput('relation AFTER needs a window end: give to or beforeEvent');
  if ((wanted === 'OVERLAPS' || wanted === 'DURING') && isEmpty(window)) return null;
  return {
    ...(window.start === null ? {} : { from: window.start }),
    ...(window.end === null ? {} : { to: window.end }),
    ...(wanted === 'OVERLAPS' ? {} : { relation: wanted }),
  };
}

/** The empty page of a query that nothing can match. */
export function emptyPage<T>(page: PageRequest): Page<T> {
  return { items: [], totalCount: 0, offset: page.offset, hasNextPage: false };
}
