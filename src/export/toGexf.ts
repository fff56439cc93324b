// GEXF 1.3 for Gephi: written by graphology-gexf (typed attributes inferred from the values: lists
// of strings as liststring, evidence as JSON text; the node label as label, kind colours and the
// layout's x/y as viz data (colours as r/g/b); the edge type as label and kind), then made dynamic so that Gephi's
// timeline plays the story: graphology-gexf cannot write the dynamic mode nor start/end on
// elements, so the written document is parsed again (@xmldom/xmldom) and given
// mode="dynamic" timeformat="date" and start/end: events from earliest to latest, articles from
// their publication onwards, edges from their earliest/latest (HOLDS: from/to); entities and
// undated elements stay for the whole timeline. In GEXF `start`/`end` are the time interval, so
// the character offsets of an edge's supporting quote are written as quoteStart/quoteEnd.
//
//   const xml = toGexf(graph);   // <gexf version="1.3" ...><graph mode="dynamic" timeformat="date" ...>
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import gexf from 'graphology-gexf';
import { exportValue, type ExportValue } from './exportValue.js';
import type { ExportEdgeAttributes, ExportGraph, ExportNodeAttributes } from './loadExportGraph.js';
import { KIND_COLORS } from './viewer/kindColors.js';

interface Interval {
  start?: string;
  end?: string;
}

export function toGexf(graph: ExportGraph): string {
  const xml = gexf.write(graph, {
    version: '1.3',
    formatNode: (_key, attrs: ExportNodeAttributes) => {
      const { label, x, y, ...rest } = attrs;
      const color = rgb(KIND_COLORS[attrs.kind]);
      return {
        label,
        attributes: gexfAttributes(rest),
        viz: { ...(typeof x === 'number' && typeof y === 'number' ? { x, y } : {}), ...(color ? { color } : {}) },
      };
    },
    formatEdge: (_key, attrs: ExportEdgeAttributes) => {
      const { start, end, ...rest } = attrs;
      return { label: attrs.type, kind: attrs.type, attributes: gexfAttributes({ ...rest, quoteStart: start, quoteEnd: end }) };
    },
  });
  return makeDynamic(xml, graph);
}

/** "#1f77b4" -> "rgb(31,119,180)": written as viz:color r/g/b, which every GEXF reader knows (NetworkX 3.6 cannot read 1.3's hex). */
function rgb(hex: string | undefined): string | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  return m ? `rgb(${m.slice(1, 4).map((h) => Number.parseInt(h, 16)).join(',')})` : undefined;
}

function gexfAttributes(attrs: Record<string, unknown>): Record<string, ExportValue> {
  const out: Record<string, ExportValue> = {};
  for (const [name, value] of Object.entries(attrs)) {
    const written = exportValue(value);
    if (written !== undefined) out[name] = written;
  }
  return out;
}

function makeDynamic(xml: string, graph: ExportGraph): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const graphElement = doc.getElementsByTagName('graph')[0];
  if (!graphElement) throw new Error('toGexf: graphology-gexf wrote no <graph> element');
  graphElement.setAttribute('mode', 'dynamic');
  graphElement.setAttribute('timeformat', 'date');
  // Copied out of xmldom's live lists first: each setAttribute would make a live list walk the
  // whole document again on its next index access.
  for (const node of Array.from(doc.getElementsByTagName('node'))) {
    setInterval(node, nodeInterval(graph.getNodeAttributes(node.getAttribute('id') ?? '')));
  }
  for (const edge of Array.from(doc.getElementsByTagName('edge'))) {
    setInterval(edge, edgeInterval(graph.getEdgeAttributes(edge.getAttribute('id') ?? '')));
  }
  return new XMLSerializer().serializeToString(doc);
}

function setInterval(element: Element, interval: Interval): void {
  if (interval.start !== undefined) element.setAttribute('start', interval.start);
  if (interval.end !== undefined) element.setAttribute('end', interval.end);
}

function nodeInterval(attrs: ExportNodeAttributes): Interval {
  if (attrs.group === 'event') return interval(attrs.earliest, attrs.latest);
  if (attrs.group === 'article') return interval(attrs.publishedEarliest, undefined);
  return {};
}

function edgeInterval(attrs: ExportEdgeAttributes): Interval {
  if (attrs.type === 'HOLDS') return interval(attrs.from, attrs.to);
  return interval(attrs.earliest, attrs.latest);
}

function interval(start: unknown, end: unknown): Interval {
  return { ...(typeof start === 'string' ? { start } : {}), ...(typeof end === 'string' ? { end } : {}) };
}
