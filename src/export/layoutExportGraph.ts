// Gives every node of an export graph an x/y position so that Gephi, yEd and Cytoscape open
// something readable: a circular start (deterministic: it follows the node order), then
// ForceAtlas2 (graphology-layout-forceatlas2, Barnes-Hut on large graphs as its inferSettings
// chooses). The same graph always gets the same positions. A graph whose nodes all have
// positions is left as it is.
//
//   layoutExportGraph(graph); graph.getNodeAttribute('person:kim-jong-un', 'x')  // e.g. -12.7
import { circular } from 'graphology-layout';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ExportGraph } from './loadExportGraph.js';

// TypeScript reads this CommonJS package's types as a module whose default export holds the layout;
// Node hands over the layout function itself (module.exports).
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** Fewer iterations on large graphs keep an export of 100k nodes to seconds. */
const iterationsFor = (order: number): number => (order > 20_000 ? 15 : order > 2_000 ? 40 : 200);

export function layoutExportGraph(graph: ExportGraph): void {
  if (graph.order === 0 || graph.everyNode((_key, attrs) => typeof attrs.x === 'number' && typeof attrs.y === 'number')) return;
  circular.assign(graph, { scale: 100 });
  forceAtlas2.assign(graph, { iterations: iterationsFor(graph.order), settings: forceAtlas2.inferSettings(graph) });
}
