// GraphStore.stats on the memory graph: one pass over the nodes (counts by kind and status, the
// date range of dated events) plus the edge count graphology keeps.
import { ENTITY_KINDS, EVENT_KINDS, EVENT_STATUSES, type EntityKind, type EventKind, type EventStatus } from '../../model/index.js';
import type { GraphStats } from '../graphStore.js';
import type { StoreGraph } from './applyChange.js';

export function graphStats(graph: StoreGraph): GraphStats {
  const stats: GraphStats = {
    articles: 0,
    entitiesByKind: zeros<EntityKind>(ENTITY_KINDS),
    eventsByKind: zeros<EventKind>(EVENT_KINDS),
    eventsByStatus: zeros<EventStatus>(EVENT_STATUSES),
    edges: graph.size,
    earliest: null,
    latest: null,
  };
  graph.forEachNode((_id, node) => {
    if (node.nodeType === 'article') stats.articles++;
    else if (node.nodeType === 'entity') stats.entitiesByKind[node.kind]++;
    else {
      stats.eventsByKind[node.kind]++;
      stats.eventsByStatus[node.status]++;
      const earliest = node.when?.earliest ?? null;
      if (earliest === null) return;
      if (stats.earliest === null || earliest < stats.earliest) stats.earliest = earliest;
      const latest = node.when?.latest ?? null;
      if (latest !== null && (stats.latest === null || latest > stats.latest)) stats.latest = latest;
    }
  });
  return stats;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
