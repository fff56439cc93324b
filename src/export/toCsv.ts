// nodes.csv and edges.csv (RFC 4180: comma-separated, fields quoted when they hold a comma, quote
// or line break, quotes doubled) whose headers follow `neo4j-admin database import full`: nodes
// have `id:ID` and `:LABEL` (the Neo4j store's labels: Entity;Person, Event;Summit, Article...),
// edges `:START_ID`, `:END_ID`, `:TYPE` and their key; other columns are named NAME:TYPE for typed
// values (long, double, boolean, string[] with ';' between items, neo4j-admin's default array
// delimiter) and NAME for text. Nested values (evidence) are JSON text. An absent value is an empty
// field. pandas reads both files as they are (pd.read_csv; split the string[] columns on ';').
// A value holding a line break needs neo4j-admin's --multiline-fields=true.
//
//   toCsv(graph).nodes  // "id:ID,:LABEL,label,kind,group,aliases:string[],...\nperson:kim-jong-un,Entity;Person,Kim Jong Un,..."
//   neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j
import { exportValue } from './exportValue.js';
import { inferColumns, type Column } from './inferColumns.js';
import type { ExportGraph, ExportNodeAttributes } from './loadExportGraph.js';

export interface CsvTables {
  nodes: string;
  edges: string;
}

const ARRAY_DELIMITER = ';';

export function toCsv(graph: ExportGraph): CsvTables {
  const nodeColumns = inferColumns(graph.mapNodes((_key, attrs) => attrs));
  const nodeRows = [['id:ID', ':LABEL', ...nodeColumns.map(header)]];
  graph.forEachNode((key, attrs) => {
    nodeRows.push([key, neo4jLabels(attrs), ...nodeColumns.map((c) => field(attrs[c.name]))]);
  });

  const edgeColumns = inferColumns(graph.mapEdges((_key, attrs) => attrs)).filter((c) => c.name !== 'type');
  const edgeRows = [[':START_ID', ':END_ID', ':TYPE', 'key', ...edgeColumns.map(header)]];
  graph.forEachEdge((key, attrs, source, target) => {
    edgeRows.push([source, target, attrs.type, key, ...edgeColumns.map((c) => field(attrs[c.name]))]);
  });
  return { nodes: csvText(nodeRows), edges: csvText(edgeRows) };
}

/** The labels the Neo4j store gives the node: Entity or Event plus its kind in PascalCase, or Article. */
function neo4jLabels(attrs: ExportNodeAttributes): string {
  if (attrs.group === 'article') return 'Article';
  const kind = attrs.kind
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return [attrs.group === 'entity' ? 'Entity' : 'Event', kind].join(ARRAY_DELIMITER);
}

function header(column: Column): string {
  return column.type === 'string' ? column.name : `${column.name}:${column.type}`;
}

function field(raw: unknown): string {
  const value = exportValue(raw);
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
}

function csvText(rows: string[][]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
