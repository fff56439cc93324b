// The graph sigma draws, made from the export graph: same node and edge keys, with only what
// sigma reads (label, x, y, size, color; edge size, color). Sigma would take the export graph's
// edge attribute `type` (ATTENDED, MET...) for the name of a drawing program, so the export graph
// itself is never handed to it. Positions are the export graph's x/y when every node has them,
// else a ForceAtlas2 layout (graphology-layout-forceatlas2) from a circular start, so the same
// graph always gets the same picture. Node size grows with degree.
import { MultiDirectedGraph } from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { KIND_COLORS, UNKNOWN_KIND_COLOR } from './kindColors.js';

const EDGE_COLOR = '#c8c8c8';
// TypeScript reads this CommonJS package's types as a module whose default export holds the
// layout; the bundler (esbuild) hands over the layout function itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

export function layoutGraph(exported: MultiDirectedGraph): MultiDirectedGraph {
  const display = new MultiDirectedGraph();
  const positioned = exported.order > 0 && exported.everyNode((_key, attrs) => typeof attrs.x === 'number' && typeof attrs.y === 'number');
  exported.forEachNode((key, attrs) => {
    const kind = String(attrs.kind ?? '');
    display.addNode(key, {
      label: typeof attrs.label === 'string' ? attrs.label : key,
      kind,
      x: positioned ? attrs.x : 0,
      y: positioned ? attrs.y : 0,
      size: 4 + 1.5 * Math.sqrt(exported.degree(key)),
      color: KIND_COLORS[kind] ?? UNKNOWN_KIND_COLOR,
    });
  });
  exported.forEachEdge((key, _attrs, source, target) => {
    display.addDirectedEdgeWithKey(key, source, target, { size: 2, color: EDGE_COLOR });
  });
  if (!positioned && display.order > 0) {
    circular.assign(display);
    forceAtlas2.assign(display, { iterations: 300, settings: { ...forceAtlas2.inferSettings(display), adjustSizes: true } });
  }
  return display;
}
