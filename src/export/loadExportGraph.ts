// The export graph (contract: /work/notes/exportModel.md, shared with the html view): a graphology
// MultiDirectedGraph holding exactly what the store holds, or the subgraph a filter selects
// (selectExport.ts), read only through GraphStore methods so that both stores export the same graph.
// One node per entity, event and article, keyed by the store id; one edge per relationship of the
// store (edgesOf() of every event plus holdsEdge() of every holding), keyed by DerivedEdge.key.
// Attributes: absent values are left out, never null. For the whole graph, graph.order equals
// articles + entities + events of store.counts() and graph.size equals its edges.
//
//   const graph = await loadExportGraph(store, { entity: ['Kim Jong Un'], hops: 1 });
//   graph.getNodeAttributes('person:kim-jong-un')  // { label: 'Kim Jong Un', kind: 'PERSON', group: 'entity', aliases: [...] }
//   graph.getAttribute('generatedFrom')            // 'memory'
import { MultiDirectedGraph } from 'graphology';
import { type Article, type Entity, type EntityKind, type EventFact, type Evidence } from '../model/index.js';
import { cameoOf } from '../api/cameoOf.js';
import { edgesOf, holdsEdge, type DerivedEdge } from '../store/edgesOf.js';
import type { GraphStore } from '../store/graphStore.js';
import { resolveExportFilter, type ExportFilter, type ResolvedExportFilter } from './resolveExportFilter.js';
import { selectExport } from './selectExport.js';

export type { ExportFilter, ResolvedExportFilter } from './resolveExportFilter.js';

export interface ExportNodeAttributes {
  /** Entity name, event title, article title (or id). */
  label: string;
  /** Entity kind, event kind, or ARTICLE. */
  kind: string;
  group: 'entity' | 'event' | 'article';
  /** Layout position, when the graph has been laid out (layoutExportGraph). */
  x?: number;
  y?: number;
  /** Entities: aliases. Events: status, when, earliest, latest, confidence, sources, place, description, evidence, cameo, ordinal, count, medium, extractor. Articles: url, title, publishedEarliest, publishedLatest, dateSource. */
  [name: string]: unknown;
}

export interface ExportEdgeAttributes {
  /** EdgeType: ATTENDED, SENT, TO, IMPOSED, TARGETS, HELD_IN, MET, SUPPORTS, HOLDS. */
  type: string;
  /** The DerivedEdge props (role, status, when, earliest, latest, confidence, sources, event, title, from, to, sentence, start, end, quote...), plus `evidence` on participant links. */
  [name: string]: unknown;
}

export interface ExportGraphAttributes {
  generatedFrom: 'memory' | 'neo4j';
  filter: ResolvedExportFilter;
  [name: string]: unknown;
}

export type ExportGraph = MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes, ExportGraphAttributes>;

export async function loadExportGraph(store: GraphStore, options: ExportFilter = {}): Promise<ExportGraph> {
  const filter = await resolveExportFilter(store, options);
  const { entities, events, articles, holdings } = await selectExport(store, filter);
  const graph: ExportGraph = new MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes, ExportGraphAttributes>();
  graph.replaceAttributes({ generatedFrom: store.kind, filter });

  const kinds = new Map<string, EntityKind>();
  for (const entity of entities) {
    kinds.set(entity.id, entity.kind);
    graph.addNode(entity.id, entityAttributes(entity));
  }
  for (const event of events) graph.addNode(event.id, eventAttributes(event));
  for (const article of articles) graph.addNode(article.id, articleAttributes(article));

  for (const event of events) {
    for (const edge of edgesOf(event, (id) => kinds.get(id))) addEdge(graph, edge, participantEvidence(event, edge));
  }
  for (const holding of holdings) addEdge(graph, holdsEdge(holding), undefined);
  return graph;
}

function addEdge(graph: ExportGraph, edge: DerivedEdge, evidence: Evidence[] | undefined): void {
  const attributes: ExportEdgeAttributes = { type: edge.type, ...structuredClone(edge.props) };
  if (evidence) attributes.evidence = evidence;
  graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, attributes);
}

/** A participant link (it has a role) carries the evidence of the participants it stands for. */
function participantEvidence(event: EventFact, edge: DerivedEdge): Evidence[] | undefined {
  const role = edge.props.role;
  if (typeof role !== 'string') return undefined;
  return event.participants
    .filter((p) => p.role === role && (p.entity === edge.from || p.entity === edge.to))
    .flatMap((p) => p.evidence.map((e) => ({ ...e })));
}

function entityAttributes(entity: Entity): ExportNodeAttributes {
  return { label: entity.name, kind: entity.kind, group: 'entity', aliases: [...entity.aliases] };
}

function eventAttributes(event: EventFact): ExportNodeAttributes {
  const attributes: ExportNodeAttributes = { label: event.title, kind: event.kind, group: 'event', status: event.status };
  if (event.when) {
    attributes.when = event.when.value;
    if (event.when.earliest !== null) attributes.earliest = event.when.earliest;
    if (event.when.latest !== null) attributes.latest = event.when.latest;
  }
  attributes.confidence = event.confidence;
  attributes.sources = [...event.sources];
  if (event.place !== null) attributes.place = event.place;
  if (event.description !== null) attributes.description = event.description;
  if (event.ordinal !== null) attributes.ordinal = event.ordinal;
  if (event.count !== undefined) attributes.count = event.count;
  if (event.medium !== undefined) attributes.medium = event.medium;
  attributes.evidence = event.evidence.map((e) => ({ ...e }));
  attributes.cameo = cameoOf(event);
  attributes.extractor = event.extractor;
  return attributes;
}

function articleAttributes(article: Article): ExportNodeAttributes {
  const attributes: ExportNodeAttributes = { label: article.title ?? article.id, kind: 'ARTICLE', group: 'article' };
  if (article.url !== undefined) attributes.url = article.url;
  if (article.title !== undefined) attributes.title = article.title;
  if (article.publishedAt?.earliest) attributes.publishedEarliest = article.publishedAt.earliest;
  if (article.publishedAt?.latest) attributes.publishedLatest = article.publishedAt.latest;
  attributes.dateSource = article.dateSource;
  return attributes;
}
