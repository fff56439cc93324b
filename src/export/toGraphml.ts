// GraphML for yEd, Cytoscape, NetworkX and igraph. graphology-graphml only parses GraphML, so the
// document is built with a DOM (@xmldom/xmldom) rather than by hand: one declared <key> per
// attribute (for="node" ids n_NAME, for="edge" ids e_NAME, for="graph" ids g_NAME) with its
// attr.type (long, double, boolean, string; lists of strings and nested values such as evidence
// are JSON text), then the nodes (with the layout's x/y) and the directed edges, keyed by their
// export-graph keys. Absent values are left out of <data>.
//
//   toGraphml(graph)  // <graphml ...><key id="n_label" for="node" attr.name="label" attr.type="string"/>...
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import { exportValue } from './exportValue.js';
import { inferColumns, type Column } from './inferColumns.js';
import type { ExportGraph } from './loadExportGraph.js';

const NS = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA = 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type Scope = 'node' | 'edge' | 'graph';

export function toGraphml(graph: ExportGraph): string {
  const doc = new DOMImplementation().createDocument(NS, 'graphml', null);
  const root = doc.documentElement;
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', XSI);
  root.setAttributeNS(XSI, 'xsi:schemaLocation', SCHEMA);
  const child = (parent: Element, name: string, attributes: Record<string, string>, depth: number): Element => {
    const element = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
    parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
    parent.appendChild(element);
    return element;
  };
  const writeData = (parent: Element, scope: Scope, columns: Column[], attrs: Record<string, unknown>, depth: number): void => {
    for (const column of columns) {
      const value = exportValue(attrs[column.name]);
      if (value === undefined) continue;
      const data = child(parent, 'data', { key: keyId(scope, column.name) }, depth);
      data.appendChild(doc.createTextNode(Array.isArray(value) ? JSON.stringify(value) : String(value)));
    }
    if (columns.length > 0 && parent.hasChildNodes()) parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth - 1)}`));
  };

  const graphColumns = inferColumns([graph.getAttributes()]);
  const nodeColumns = inferColumns(graph.mapNodes((_key, attrs) => attrs));
  const edgeColumns = inferColumns(graph.mapEdges((_key, attrs) => attrs));
  for (const [scope, columns] of [['graph', graphColumns], ['node', nodeColumns], ['edge', edgeColumns]] as const) {
    for (const column of columns) {
      child(root, 'key', { id: keyId(scope, column.name), for: scope, 'attr.name': column.name, 'attr.type': graphmlType(column) }, 1);
    }
  }
  const graphElement = child(root, 'graph', { id: 'newsgraph', edgedefault: 'directed' }, 1);
  writeData(graphElement, 'graph', graphColumns, graph.getAttributes(), 2);
  graph.forEachNode((key, attrs) => {
    writeData(child(graphElement, 'node', { id: key }, 2), 'node', nodeColumns, attrs, 3);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    writeData(child(graphElement, 'edge', { id: key, source, target }, 2), 'edge', edgeColumns, attrs, 3);
  });
  graphElement.appendChild(doc.createTextNode('\n  '));
  root.appendChild(doc.createTextNode('\n'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

function keyId(scope: Scope, name: string): string {
  return `${scope[0]}_${name}`;
}

function graphmlType(column: Column): string {
  return column.type === 'string[]' ? 'string' : column.type;
}
