// What the side panel shows for a clicked node or edge of the export graph: a heading, a few
// facts, the evidence sentences (quote, article, sentence index, character span) and the source
// articles (title, url, publication date). Pure (no DOM), so Node tests can run it.
//   event node   -> its own evidence and sources
//   entity node  -> the evidence of its participant links, and of the events held in a place (each
//                   marked with the event it is about)
//   article node -> the sentences with which it supports events
//   edge         -> its evidence (participant links), its quote (SUPPORTS), else its event's (MET, HELD_IN)
import type { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

export interface EvidenceItem {
  quote: string;
  article: string;
  articleTitle: string;
  sentence: number;
  start: number;
  end: number;
  /** The event the sentence is evidence of, when the selection is not that event. */
  about?: string;
}

export interface SourceItem {
  id: string;
  title: string;
  url?: string;
  /** Publication day, or "earliest..latest" when only an interval is known. */
  date?: string;
}

export interface Details {
  heading: string;
  kind: string;
  facts: [string, string][];
  evidence: EvidenceItem[];
  sources: SourceItem[];
}

export type Selection = { node: string } | { edge: string };

interface RawEvidence {
  article: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
}

export function detailsOf(graph: MultiDirectedGraph, selection: Selection): Details {
  const label = (key: string): string => (graph.hasNode(key) ? String(graph.getNodeAttribute(key, 'label') ?? key) : key);
  const evidence: EvidenceItem[] = [];
  const seen = new Set<string>();
  const sourceIds = new Set<string>();
  const addEvidence = (items: unknown, about?: string): void => {
    for (const e of evidenceList(items)) {
      const id = `${e.article}|${e.sentence}|${e.start}|${e.end}|${about ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      evidence.push({ ...e, articleTitle: label(e.article), ...(about ? { about } : {}) });
      sourceIds.add(e.article);
    }
  };
  const addSources = (ids: unknown): void => {
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') sourceIds.add(id);
  };

  let heading: string;
  let kind: string;
  let facts: [string, string][];
  if ('node' in selection) {
    const key = selection.node;
    const attrs = graph.getNodeAttributes(key);
    heading = label(key);
    kind = String(attrs.kind ?? '');
    facts = nodeFacts(attrs, label);
    if (attrs.group === 'event') {
      addEvidence(attrs.evidence);
      addSources(attrs.sources);
    } else if (attrs.group === 'article') {
      sourceIds.add(key);
      graph.forEachOutEdge(key, (_edge, edgeAttrs, _source, target) => addEvidence([{ ...edgeAttrs, article: key }], label(target)));
    } else {
      graph.forEachEdge(key, (_edge, edgeAttrs, source, target) => {
        const event = graph.getNodeAttribute(source, 'group') === 'event' ? source : target;
        if (Array.isArray(edgeAttrs.evidence)) addEvidence(edgeAttrs.evidence, label(event));
        else if (edgeAttrs.type === 'HELD_IN') addEvidence(graph.getNodeAttribute(event, 'evidence'), label(event));
        addSources(edgeAttrs.sources);
      });
    }
  } else {
    const key = selection.edge;
    const attrs = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    heading = `${label(source)} ${String(attrs.type ?? '')} ${label(target)}`;
    kind = String(attrs.type ?? '');
    facts = edgeFacts(attrs, label);
    const event = typeof attrs.event === 'string' && graph.hasNode(attrs.event) ? attrs.event : graph.getNodeAttribute(source, 'group') === 'event' ? source : null;
    if (Array.isArray(attrs.evidence)) addEvidence(attrs.evidence);
    else if (typeof attrs.quote === 'string') addEvidence([{ ...attrs, article: source }]);
    else if (event) addEvidence(graph.getNodeAttribute(event, 'evidence'), label(event));
    addSources(attrs.sources ?? (event ? graph.getNodeAttribute(event, 'sources') : undefined));
  }

  const sources = [...sourceIds].filter((id) => graph.hasNode(id)).map((id) => sourceOf(id, graph.getNodeAttributes(id)));
  return { heading, kind, facts, evidence, sources };
}

function evidenceList(items: unknown): RawEvidence[] {
  if (!Array.isArray(items)) return [];
  return items
    .filter((e): e is RawEvidence => typeof e === 'object' && e !== null && typeof e.quote === 'string' && typeof e.article === 'string' && typeof e.sentence === 'number' && typeof e.start === 'number' && typeof e.end === 'number')
    .map(({ article, sentence, start, end, quote }) => ({ article, sentence, start, end, quote }));
}

function nodeFacts(attrs: Attributes, label: (key: string) => string): [string, string][] {
  const facts: [string, string][] = [['kind', String(attrs.kind ?? '')]];
  if (Array.isArray(attrs.aliases) && attrs.aliases.length > 0) facts.push(['aliases', attrs.aliases.join(', ')]);
  if (attrs.status) facts.push(['status', String(attrs.status)]);
  if (attrs.when) facts.push(['when', String(attrs.when)]);
  if (attrs.earliest) facts.push(['days', span(attrs.earliest, attrs.latest)]);
  if (typeof attrs.place === 'string') facts.push(['place', label(attrs.place)]);
  if (attrs.description) facts.push(['description', String(attrs.description)]);
  if (typeof attrs.confidence === 'number') facts.push(['confidence', attrs.confidence.toFixed(2)]);
  if (attrs.cameo) facts.push(['CAMEO', String(attrs.cameo)]);
  if (attrs.url) facts.push(['url', String(attrs.url)]);
  if (attrs.publishedEarliest) facts.push(['published', span(attrs.publishedEarliest, attrs.publishedLatest)]);
  if (attrs.dateSource) facts.push(['date from', String(attrs.dateSource)]);
  return facts;
}

function edgeFacts(attrs: Attributes, label: (key: string) => string): [string, string][] {
  const facts: [string, string][] = [['type', String(attrs.type ?? '')]];
  if (attrs.role) facts.push(['role', String(attrs.role)]);
  if (attrs.title) facts.push(['title', String(attrs.title)]);
  if (attrs.status) facts.push(['status', String(attrs.status)]);
  if (attrs.when) facts.push(['when', String(attrs.when)]);
  if (attrs.earliest) facts.push(['days', span(attrs.earliest, attrs.latest)]);
  if (attrs.type === 'HOLDS') facts.push(['held', `${String(attrs.from ?? '?')} to ${String(attrs.to ?? 'now')}`]);
  if (typeof attrs.event === 'string') facts.push(['event', label(attrs.event)]);
  if (typeof attrs.confidence === 'number') facts.push(['confidence', attrs.confidence.toFixed(2)]);
  return facts;
}

function sourceOf(id: string, attrs: Attributes): SourceItem {
  const source: SourceItem = { id, title: typeof attrs.title === 'string' ? attrs.title : typeof attrs.label === 'string' ? attrs.label : id };
  if (typeof attrs.url === 'string') source.url = attrs.url;
  if (attrs.publishedEarliest) source.date = span(attrs.publishedEarliest, attrs.publishedLatest);
  return source;
}

function span(earliest: unknown, latest: unknown): string {
  return latest && latest !== earliest ? `${String(earliest)}..${String(latest)}` : String(earliest);
}
