// The Stats fields, from the store's GraphStats: totals are the sums of the counts by kind, the
// counts are listed in the order of the GraphQL enums (every member, 0 when none), and dateRange
// is null when no event is dated.
import { ENTITY_KINDS, EVENT_KINDS, EVENT_STATUSES } from '../model/index.js';
import type { StatsResolvers } from './generated/resolvers-types.js';

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

export const statsFields: StatsResolvers = {
  entities: (stats) => sum(stats.entitiesByKind),
  events: (stats) => sum(stats.eventsByKind),
  entitiesByKind: (stats) => ENTITY_KINDS.map((kind) => ({ kind, count: stats.entitiesByKind[kind] ?? 0 })),
  eventsByKind: (stats) => EVENT_KINDS.map((kind) => ({ kind, count: stats.eventsByKind[kind] ?? 0 })),
  eventsByStatus: (stats) => EVENT_STATUSES.map((status) => ({ status, count: stats.eventsByStatus[status] ?? 0 })),
  dateRange: (stats) => (stats.earliest === null ? null : { earliest: stats.earliest, latest: stats.latest }),
};
