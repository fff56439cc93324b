// Applies a validated GraphChange to a graphology graph in place, noting in an UndoLog how to take
// each step back (the memory store undoes the whole change when a later step fails). Order:
// removeEvents first, then articles, entities, holdings and events are upserted, so an id both
// removed and upserted ends up present as upserted. Upserting an event replaces its node and every
// edge derived from it. Then removeEntities drops entities (throwing InvalidChangeError when an
// event still refers to one: the caller undoes), and the audit entries are appended to the graph
// attribute `audit`, numbered on from the last.
import type { MultiDirectedGraph } from 'graphology';
import type { EntityKind, EventFact, Holding } from '../../model/index.js';
import type { AuditEntry, GraphChange } from '../graphStore.js';
import { InvalidChangeError } from '../invalidChangeError.js';
import { edgesOf, holdsEdge, type DerivedEdge } from '../edgesOf.js';
import { articleNode, entityNode, eventNode, recordOf, type EdgeAttributes, type NodeAttributes } from './nodeAttributes.js';
import type { UndoLog } from './undoLog.js';

export type StoreGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function applyChange(graph: StoreGraph, change: GraphChange, log: UndoLog): void {
  for (const id of change.removeEvents) removeEvent(graph, id, log);
  for (const article of change.articles) upsertNode(graph, article.id, articleNode(article), log);

  const rederive = new Set<string>();
  for (const entity of change.entities) {
    const before = graph.hasNode(entity.id) ? graph.getNodeAttributes(entity.id) : undefined;
    if (before && before.nodeType === 'entity' && before.kind !== entity.kind) {
      // The entity's kind decides its edges (PLACE participants are not linked, MET needs PERSON).
      graph.forEachNode((id, attributes) => {
        if (attributes.nodeType === 'event' && attributes.participants.some((p) => p.entity === entity.id)) rederive.add(id);
      });
    }
    upsertNode(graph, entity.id, entityNode(entity), log);
  }

  for (const holding of change.holdings) upsertHolding(graph, holding, log);

  const events = new Map<string, EventFact>();
  for (const id of rederive) events.set(id, recordOf<EventFact>(graph.getNodeAttributes(id)));
  for (const event of change.events) events.set(event.id, event);
  for (const event of events.values()) upsertEvent(graph, event, log);

  removeEntities(graph, change.removeEntities ?? [], log);
  if (change.audit && change.audit.length > 0) {
    const trail = auditOf(graph);
    const added = change.audit.map((entry, i): AuditEntry => ({ id: `audit:${trail.length + i + 1}`, at: entry.at, actor: entry.actor, action: entry.action, detail: entry.detail }));
    graph.setAttribute('audit', [...trail, ...added]);
    log.push(() => graph.setAttribute('audit', trail));
  }
}

/** The audit trail the graph holds (graph attribute `audit`), oldest first. */
export function auditOf(graph: StoreGraph): AuditEntry[] {
  const log: unknown = graph.getAttribute('audit');
  return Array.isArray(log) ? (log as AuditEntry[]) : [];
}

function removeEntities(graph: StoreGraph, ids: string[], log: UndoLog): void {
  const wanted = new Set(ids.filter((id) => graph.hasNode(id) && graph.getNodeAttributes(id).nodeType === 'entity'));
  if (wanted.size === 0) return;
  const problems: string[] = [];
  graph.forEachNode((id, attributes) => {
    if (attributes.nodeType !== 'event') return;
    for (const entity of [...attributes.participants.map((p) => p.entity), attributes.place]) {
      if (entity !== null && wanted.has(entity)) problems.push(`removeEntities: ${entity} is still referenced by event ${id}`);
    }
  });
  if (problems.length > 0) throw new InvalidChangeError(problems);
  for (const id of wanted) dropNode(graph, id, log);
}

export function kindOfIn(graph: StoreGraph): (id: string) => EntityKind | undefined {
  return (id) => {
    if (!graph.hasNode(id)) return undefined;
    const attributes = graph.getNodeAttributes(id);
    return attributes.nodeType === 'entity' ? attributes.kind : undefined;
  };
}

function upsertNode(graph: StoreGraph, id: string, attributes: NodeAttributes, log: UndoLog): void {
  if (graph.hasNode(id)) {
    const before = graph.getNodeAttributes(id);
    graph.replaceNodeAttributes(id, attributes);
    log.push(() => graph.replaceNodeAttributes(id, before));
  } else {
    graph.addNode(id, attributes);
    log.push(() => graph.dropNode(id));
  }
}

function upsertEvent(graph: StoreGraph, event: EventFact, log: UndoLog): void {
  removeEvent(graph, event.id, log);
  graph.addNode(event.id, eventNode(event));
  log.push(() => graph.dropNode(event.id));
  for (const edge of edgesOf(event, kindOfIn(graph))) addEdge(graph, edge, log);
}

/**
 * Drops the event node (and with it every edge touching it) and the MET edges it derived, found by
 * their keys (MET|a|b|event, edgesOf.ts) rather than among all the edges of its people.
 */
function removeEvent(graph: StoreGraph, id: string, log: UndoLog): void {
  if (!graph.hasNode(id)) return;
  const attributes = graph.getNodeAttributes(id);
  if (attributes.nodeType !== 'event') return;
  const people = [...new Set(attributes.participants.map((p) => p.entity))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const key = `MET|${people[i]}|${people[j]}|${id}`;
      if (graph.hasEdge(key) && graph.getEdgeAttributes(key).type === 'MET') dropEdge(graph, key, log);
    }
  }
  dropNode(graph, id, log);
}

function upsertHolding(graph: StoreGraph, holding: Holding, log: UndoLog): void {
  const edge = holdsEdge(holding);
  if (graph.hasEdge(edge.key)) dropEdge(graph, edge.key, log);
  addEdge(graph, edge, log);
}

function addEdge(graph: StoreGraph, edge: DerivedEdge, log: UndoLog): void {
  graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, { ...edge.props, type: edge.type });
  log.push(() => graph.dropEdge(edge.key));
}

function dropEdge(graph: StoreGraph, key: string, log: UndoLog): void {
  const [source, target, attributes] = [graph.source(key), graph.target(key), graph.getEdgeAttributes(key)];
  graph.dropEdge(key);
  log.push(() => graph.addDirectedEdgeWithKey(key, source, target, attributes));
}

/** Drops a node and every edge touching it; undone, the node and its edges come back. */
function dropNode(graph: StoreGraph, id: string, log: UndoLog): void {
  const attributes = graph.getNodeAttributes(id);
  const edges: [string, string, string, EdgeAttributes][] = [];
  graph.forEachEdge(id, (key, edgeAttributes, source, target) => edges.push([key, source, target, edgeAttributes]));
  graph.dropNode(id);
  log.push(() => {
    graph.addNode(id, attributes);
    for (const [key, source, target, edgeAttributes] of edges) graph.addDirectedEdgeWithKey(key, source, target, edgeAttributes);
  });
}
