// GET /export: the graph, or the subgraph around entities and a time window, in an export format,
// for notebooks and scripts (the CLI's `newsgraph export` over HTTP). Query parameters: format
// (gexf, graphml, cytoscape, csv, html), entity (repeatable: a name, alias or id), from, to (ISO
// dates), hops; csv answers one table at a time: table=nodes or table=edges. The answer carries the
// format's Content-Type and a Content-Disposition naming the file (inline for html, attachment
// otherwise). Misuse answers as JSON errors with extensions.code: 400 BAD_FORMAT, BAD_DATE,
// BAD_HOPS, BAD_TABLE, 404 UNKNOWN_ENTITY; store failures go on to the server's error handler.
//
//   GET /export?format=graphml&entity=Kim%20Jong%20Un&hops=1
//     -> 200 application/graphml+xml; Content-Disposition: attachment; filename="newsgraph.graphml"
//   GET /export?format=csv&table=edges&from=2019
//     -> 200 text/csv; Content-Disposition: attachment; filename="edges.csv"
import type { Request, RequestHandler } from 'express';
import { ExportError, type ExportErrorCode } from '../export/exportError.js';
import { loadExportGraph, type ExportFilter } from '../export/loadExportGraph.js';
import { exportFormat, renderExport } from '../export/renderExport.js';
import type { GraphStore } from '../store/graphStore.js';

const TABLES = ['nodes', 'edges'];

export function exportRoute(store: GraphStore): RequestHandler {
  return async (req, res, next) => {
    try {
      const format = exportFormat(single(req, 'format', 'BAD_FORMAT') ?? '');
      const table = single(req, 'table', 'BAD_TABLE');
      if (format === 'csv' && (table === undefined || !TABLES.includes(table))) {
        throw new ExportError('BAD_TABLE', `table: format=csv answers one table at a time: table=nodes or table=edges${table === undefined ? '' : `, not "${table}"`}`);
      }
      const graph = await loadExportGraph(store, filterOf(req));
      const { files } = renderExport(graph, format);
      const file = files.find((f) => format !== 'csv' || f.name === `${table}.csv`) ?? files[0];
      if (!file) throw new Error(`export: format ${format} wrote no file`);
      res
        .status(200)
        .set({
          'Content-Type': file.type,
          'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${file.name}"`,
          'Cache-Control': 'no-store',
        })
        .send(file.text);
    } catch (error) {
      if (!(error instanceof ExportError)) {
        next(error);
        return;
      }
      const status = error.code === 'UNKNOWN_ENTITY' ? 404 : 400;
      res.status(status).type('application/json; charset=utf-8').send(JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code } }] }));
    }
  };
}

function filterOf(req: Request): ExportFilter {
  const filter: ExportFilter = {};
  const entity = req.query.entity;
  const entities = (Array.isArray(entity) ? entity : entity === undefined ? [] : [entity]).filter((e): e is string => typeof e === 'string');
  if (entities.length > 0) filter.entity = entities;
  const from = single(req, 'from', 'BAD_DATE');
  const to = single(req, 'to', 'BAD_DATE');
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  const hops = single(req, 'hops', 'BAD_HOPS');
  if (hops !== undefined) {
    if (!/^\d+$/.test(hops.trim())) throw new ExportError('BAD_HOPS', `hops: expected a whole number, got "${hops}"`);
    filter.hops = Number(hops);
  }
  return filter;
}

/** A query parameter given at most once, as text. */
function single(req: Request, name: string, code: ExportErrorCode): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ExportError(code, `${name}: give it once, as text`);
  return value;
}
