// Cytoscape.js JSON (also what Cytoscape desktop imports as "Cytoscape.js JSON"):
// { data: graph attributes, elements: { nodes: [{ data, position }], edges: [{ data }] } }.
// data holds every export-graph attribute with its JSON value (lists and evidence stay structured)
// plus id (and source/target for edges); `name` repeats the label because Cytoscape desktop shows
// a node's name. Positions are the layout's x/y.
//
//   JSON.parse(toCytoscape(graph)).elements.nodes[0]
//     -> { data: { id: 'country:china', name: 'China', label: 'China', kind: 'COUNTRY', ... }, position: { x, y } }
import type { ExportGraph } from './loadExportGraph.js';

export function toCytoscape(graph: ExportGraph): string {
  const nodes = graph.mapNodes((key, attrs) => {
    const { x, y, ...data } = attrs;
    return {
      data: { id: key, name: attrs.label, ...data },
      ...(typeof x === 'number' && typeof y === 'number' ? { position: { x, y } } : {}),
    };
  });
  const edges = graph.mapEdges((key, attrs, source, target) => ({ data: { ...attrs, id: key, source, target } }));
  return JSON.stringify({ data: graph.getAttributes(), elements: { nodes, edges } });
}
