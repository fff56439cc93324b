// GraphStore.stats on the memory store: entities by kind and articles from one pass over the
// graph's nodes, events by kind and status and the date range from the event index's columns,
// and the edge count graphology keeps.
import { ENTITY_KINDS, type EntityKind } from '../../model/index.js';
import type { GraphStats } from '../graphStore.js';
import type { StoreGraph } from './applyChange.js';
import type { EventIndex } from './eventIndex.js';

export function graphStats(graph: StoreGraph, events: EventIndex): GraphStats {
  const entitiesByKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  let articles = 0;
  graph.forEachNode((_id, node) => {
    if (node.nodeType === 'article') articles++;
    else if (node.nodeType === 'entity') entitiesByKind[node.kind]++;
  });
  return { articles, entitiesByKind, ...events.tally(), edges: graph.size };
}
