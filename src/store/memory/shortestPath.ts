// GraphStore.path on the memory graph: breadth-first search over the bipartite entity-event graph
// formed by the participant and place edges of edgesOf() (ATTENDED, SENT, IMPOSED, TO, TARGETS,
// HELD_IN), the same relationships the Neo4j store walks. Distances to `to` are found layer by
// layer; then the walk from `from` takes, at each hop, the smallest event id and then the smallest
// entity id that stay on a shortest path, which gives the smallest id sequence among them.
//
//   shortestPath(graph, 'person:mike-pompeo', 'person:kim-jong-un', 3)
//     -> [{ entity: 'person:mike-pompeo', event: 'event:visit-pompeo-october' }, { entity: 'person:kim-jong-un', event: null }]
import { MAX_PATH_HOPS, type PathStep } from '../graphStore.js';
import type { StoreGraph } from './applyChange.js';

/** The relationships that link an entity to an event it takes part in. */
export const LINK_TYPES: ReadonlySet<string> = new Set(['ATTENDED', 'SENT', 'IMPOSED', 'TO', 'TARGETS', 'HELD_IN']);

export function shortestPath(graph: StoreGraph, from: string, to: string, maxHops: number): PathStep[] | null {
  if (!isEntity(graph, from) || !isEntity(graph, to)) return null;
  if (from === to) return [{ entity: from, event: null }];
  const limit = Math.min(MAX_PATH_HOPS, Math.floor(maxHops));
  // Hops from each reached entity to `to`, one whole layer at a time. Layer d+1 is never built in
  // full when it is `from`'s: a layer-d entity one hop from `from` says so, and the walk needs
  // only the layers below `from`.
  const nextToFrom = new Set<string>();
  for (const event of linked(graph, from)) for (const other of linked(graph, event)) nextToFrom.add(other);
  const hops = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  let total: number | undefined;
  for (let d = 0; d < limit && frontier.length > 0; d++) {
    if (frontier.some((entity) => nextToFrom.has(entity))) {
      total = d + 1;
      break;
    }
    const next: string[] = [];
    for (const entity of frontier) {
      for (const event of linked(graph, entity)) {
        for (const other of linked(graph, event)) {
          if (hops.has(other)) continue;
          hops.set(other, d + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  if (total === undefined) return null;

  const steps: PathStep[] = [];
  let current = from;
  for (let d = total; d > 0; d--) {
    let best: { event: string; entity: string } | undefined;
    for (const event of linked(graph, current)) {
      if (best && event >= best.event) continue;
      let entity: string | undefined;
      for (const other of linked(graph, event)) {
        if (hops.get(other) === d - 1 && (entity === undefined || other < entity)) entity = other;
      }
      if (entity !== undefined) best = { event, entity };
    }
    const step = best as { event: string; entity: string };
    steps.push({ entity: current, event: step.event });
    current = step.entity;
  }
  steps.push({ entity: current, event: null });
  return steps;
}

function isEntity(graph: StoreGraph, id: string): boolean {
  return graph.hasNode(id) && graph.getNodeAttributes(id).nodeType === 'entity';
}

/** The nodes at the other end of the node's participant and place edges (either direction). */
function linked(graph: StoreGraph, node: string): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (_edge, attributes, source, target) => {
    if (LINK_TYPES.has(attributes.type)) out.add(source === node ? target : source);
  });
  return out;
}
