// Writes an export graph in one of the export formats, after giving its nodes x/y positions
// (layoutExportGraph). Every format is text; csv is two tables (nodes, edges). EXPORT_FORMATS
// names each format's file name and media type for the CLI and the HTTP route.
//
//   const { files } = renderExport(graph, 'gexf');   // [{ name: 'newsgraph.gexf', type: 'application/gexf+xml', text }]
//   renderExport(graph, 'csv').files.map((f) => f.name)  // ['nodes.csv', 'edges.csv']
import { ExportError } from './exportError.js';
import { layoutExportGraph } from './layoutExportGraph.js';
import type { ExportGraph } from './loadExportGraph.js';
import { toCsv } from './toCsv.js';
import { toCytoscape } from './toCytoscape.js';
import { toGexf } from './toGexf.js';
import { toGraphml } from './toGraphml.js';
import { toHtml } from './toHtml.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'cytoscape', 'csv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** File name: newsgraph.gexf, newsgraph.graphml, newsgraph.cytoscape.json, nodes.csv and edges.csv, newsgraph.html. */
  name: string;
  /** Media type with charset. */
  type: string;
  text: string;
}

export interface RenderedExport {
  format: ExportFormat;
  files: ExportFile[];
}

/** The format of a name, or an ExportError (BAD_FORMAT) listing the formats. */
export function exportFormat(name: string): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f === name.trim().toLowerCase());
  if (!format) throw new ExportError('BAD_FORMAT', `format: "${name}" is not an export format (${EXPORT_FORMATS.join(', ')})`);
  return format;
}

export function renderExport(graph: ExportGraph, format: ExportFormat): RenderedExport {
  layoutExportGraph(graph);
  const files = ((): ExportFile[] => {
    switch (format) {
      case 'gexf':
        return [{ name: 'newsgraph.gexf', type: 'application/gexf+xml; charset=utf-8', text: toGexf(graph) }];
      case 'graphml':
        return [{ name: 'newsgraph.graphml', type: 'application/graphml+xml; charset=utf-8', text: toGraphml(graph) }];
      case 'cytoscape':
        return [{ name: 'newsgraph.cytoscape.json', type: 'application/json; charset=utf-8', text: toCytoscape(graph) }];
      case 'csv': {
        const { nodes, edges } = toCsv(graph);
        return [
          { name: 'nodes.csv', type: 'text/csv; charset=utf-8', text: nodes },
          { name: 'edges.csv', type: 'text/csv; charset=utf-8', text: edges },
        ];
      }
      case 'html':
        return [{ name: 'newsgraph.html', type: 'text/html; charset=utf-8', text: toHtml(graph) }];
    }
  })();
  return { format, files };
}
