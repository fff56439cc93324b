// Applies a validated GraphChange to a graphology graph in place (the memory store applies it to
// a copy and swaps the copy in only once it is persisted). Order: removeEvents first, then
// articles, entities, holdings and events are upserted, so an id both removed and upserted ends
// up present as upserted. Upserting an event replaces its node and every edge derived from it.
// Then removeEntities drops entities (throwing InvalidChangeError, with the graph half-changed,
// when an event still refers to one: callers apply changes to a copy), and the audit entries are
// appended to the graph attribute `audit`, numbered on from the last.
import type { MultiDirectedGraph } from 'graphology';
import type { EntityKind, EventFact, Holding } from '../../model/index.js';
import type { AuditEntry, GraphChange } from '../graphStore.js';
import { InvalidChangeError } from '../invalidChangeError.js';
import { edgesOf, holdsEdge, type DerivedEdge } from '../edgesOf.js';
import { articleNode, entityNode, eventNode, recordOf, type EdgeAttributes, type NodeAttributes } from './nodeAttributes.js';

export type StoreGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function applyChange(graph: StoreGraph, change: GraphChange): void {
  for (const id of change.removeEvents) removeEvent(graph, id);
  for (const article of change.articles) upsertNode(graph, article.id, articleNode(article));

  const rederive = new Set<string>();
  for (const entity of change.entities) {
    const before = graph.hasNode(entity.id) ? graph.getNodeAttributes(entity.id) : undefined;
    if (before && before.nodeType === 'entity' && before.kind !== entity.kind) {
      // The entity's kind decides its edges (PLACE participants are not linked, MET needs PERSON).
      graph.forEachNode((id, attributes) => {
        if (attributes.nodeType === 'event' && attributes.participants.some((p) => p.entity === entity.id)) rederive.add(id);
      });
    }
    upsertNode(graph, entity.id, entityNode(entity));
  }

  for (const holding of change.holdings) upsertHolding(graph, holding);

  const events = new Map<string, EventFact>();
  for (const id of rederive) events.set(id, recordOf<EventFact>(graph.getNodeAttributes(id)));
  for (const event of change.events) events.set(event.id, event);
  for (const event of events.values()) upsertEvent(graph, event);

  removeEntities(graph, change.removeEntities ?? []);
  if (change.audit && change.audit.length > 0) {
    const log = auditOf(graph);
    const added = change.audit.map((entry, i): AuditEntry => ({ id: `audit:${log.length + i + 1}`, at: entry.at, actor: entry.actor, action: entry.action, detail: entry.detail }));
    graph.setAttribute('audit', [...log, ...added]);
  }
}

/** The audit trail the graph holds (graph attribute `audit`), oldest first. */
export function auditOf(graph: StoreGraph): AuditEntry[] {
  const log: unknown = graph.getAttribute('audit');
  return Array.isArray(log) ? (log as AuditEntry[]) : [];
}

function removeEntities(graph: StoreGraph, ids: string[]): void {
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
  for (const id of wanted) graph.dropNode(id);
}

export function kindOfIn(graph: StoreGraph): (id: string) => EntityKind | undefined {
  return (id) => {
    if (!graph.hasNode(id)) return undefined;
    const attributes = graph.getNodeAttributes(id);
    return attributes.nodeType === 'entity' ? attributes.kind : undefined;
  };
}

function upsertNode(graph: StoreGraph, id: string, attributes: NodeAttributes): void {
  if (graph.hasNode(id)) graph.replaceNodeAttributes(id, attributes);
  else graph.addNode(id, attributes);
}

function upsertEvent(graph: StoreGraph, event: EventFact): void {
  removeEvent(graph, event.id);
  graph.addNode(event.id, eventNode(event));
  for (const edge of edgesOf(event, kindOfIn(graph))) addEdge(graph, edge);
}

/** Drops the event node (and with it every edge touching it) and the MET edges it derived. */
function removeEvent(graph: StoreGraph, id: string): void {
  if (!graph.hasNode(id)) return;
  const attributes = graph.getNodeAttributes(id);
  if (attributes.nodeType !== 'event') return;
  for (const participant of attributes.participants) {
    if (!graph.hasNode(participant.entity)) continue;
    for (const edge of graph.outEdges(participant.entity)) {
      const edgeAttributes = graph.getEdgeAttributes(edge);
      if (edgeAttributes.type === 'MET' && edgeAttributes.event === id) graph.dropEdge(edge);
    }
  }
  graph.dropNode(id);
}

function upsertHolding(graph: StoreGraph, holding: Holding): void {
  const edge = holdsEdge(holding);
  if (graph.hasEdge(edge.key)) graph.dropEdge(edge.key);
  addEdge(graph, edge);
}

function addEdge(graph: StoreGraph, edge: DerivedEdge): void {
  graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, { ...edge.props, type: edge.type });
}
