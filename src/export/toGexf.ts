// GEXF 1.3 for Gephi: written by graphology-gexf (typed attributes inferred from the values: lists
// of strings as liststring, evidence as JSON text; the node label as label, kind colours and the
// layout's x/y as viz data (colours as r/g/b); the edge type as label and kind), then made dynamic so that Gephi's
// timeline plays the story: graphology-gexf cannot write the dynamic mode nor start/end on
// elements, so its output gets mode="dynamic" timeformat="date" on <graph> and start/end on the
// opening tags of nodes and edges (makeDynamic): events from earliest to latest, articles from
// their publication onwards, edges from their earliest/latest (HOLDS: from/to); entities and
// undated elements stay for the whole timeline. In GEXF `start`/`end` are the time interval, so
// the character offsets of an edge's supporting quote are written as quoteStart/quoteEnd.
//
//   const xml = toGexf(graph);   // <gexf version="1.3" ...><graph mode="dynamic" timeformat="date" ...>
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

/**
 * Adds the time attributes to graphology-gexf's output. The writer (xml-writer underneath) opens
 * every element as `<graph `, `<node id="KEY"`, `<edge id="KEY"` with KEY escaped as below, and
 * escapes "<" in every attribute value and text, so these openings occur nowhere else; the count
 * is checked. Editing the text keeps a 50 MB export to a regular-expression pass, where parsing it
 * back into a DOM took a minute.
 */
function makeDynamic(xml: string, graph: ExportGraph): string {
  const intervals = new Map<string, string>();
  graph.forEachNode((key, attrs) => intervals.set(`node ${escapeAttribute(key)}`, intervalText(nodeInterval(attrs))));
  graph.forEachEdge((key, attrs) => intervals.set(`edge ${escapeAttribute(key)}`, intervalText(edgeInterval(attrs))));
  let seen = 0;
  const dynamic = xml
    .replace(/<graph /, '<graph mode="dynamic" timeformat="date" ')
    .replace(/<(node|edge) id="([^"]*)"/g, (opening: string, tag: string, id: string) => {
      const interval = intervals.get(`${tag} ${id}`);
      if (interval === undefined) return opening;
      seen++;
      return `${opening}${interval}`;
    });
  if (seen !== graph.order + graph.size) throw new Error(`toGexf: found ${seen} of the ${graph.order + graph.size} node and edge openings graphology-gexf writes`);
  return dynamic;
}

/** xml-writer's escaping of attribute values. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}

function intervalText(interval: Interval): string {
  return `${interval.start !== undefined ? ` start="${interval.start}"` : ''}${interval.end !== undefined ? ` end="${interval.end}"` : ''}`;
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
