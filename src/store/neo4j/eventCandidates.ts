// Which graph/events/ statement finds the candidates of an events() query: the narrowest
// relationship or index the query allows (source, participants, place, kinds, then the earliest-day
// index by relation, else every event).
//
//   eventCandidates({ first: 10, offset: 0, place: 'place:singapore' })  // "events/byPlace"
import type { EventQuery } from '../graphStore.js';

/** The statement of graph/events/ that finds the candidates: the narrowest relationship or index the query allows. */
export function eventCandidates(query: EventQuery): string {
  if (query.source !== undefined) return 'events/bySource';
  if (query.participants) return 'events/byParticipants';
  if (query.place !== undefined) return 'events/byPlace';
  if (query.kinds) return 'events/byKinds';
  const relation = query.relation ?? 'OVERLAPS';
  if (relation === 'DURING' && query.from !== undefined) return query.to !== undefined ? 'events/earliestBetween' : 'events/earliestFrom';
  if ((relation === 'OVERLAPS' || relation === 'DURING') && query.to !== undefined) return 'events/earliestTo';
  if (relation === 'AFTER' && query.to !== undefined) return 'events/earliestAfter';
  return 'events/all';
}
