// What one validated GraphChange becomes in Neo4j: an ordered list of steps, each one statement
// of graph/ (by file name) and the rows it UNWINDs. Pure: the caller supplies kindOf (entity kinds
// after the change) and the stored events whose edges must be derived again. The edges are exactly
// those of edgesOf() and holdsEdge() (src/store/edgesOf.ts), so both stores hold the same edges.
//
// Order (GraphStore.write): remove merged-away events and the old versions of the events being
// written (with every edge they derived), upsert articles, entities, holdings, then create the
// events and their edges, then remove entities, write resolve's bookkeeping and append audit entries.
//
//   writePlan(change, kindOf, []) -> [{ statement: 'removeEvents', rows: [...ids] },
//     { statement: 'upsertArticles', rows }, ..., { statement: 'edges/MET', rows }, ...]
import type { EdgeType, EntityKind, EventFact } from '../../model/index.js';
import type { GraphChange } from '../graphStore.js';
import { edgesOf, holdsEdge, type DerivedEdge } from '../edgesOf.js';
import { articleProps, edgeProps, entityProps, eventProps } from './nodeProps.js';

export interface WriteStep {
  /** graph/NAME.cypher */
  statement: string;
  /** Bound to $rows. */
  rows: unknown[];
  /** How many facts (nodes or relationships) the rows write, for the benchmark. */
  facts: number;
}

/** Edge types written by graph/edges/TYPE.cypher, in the order they are written. */
export const EDGE_STATEMENTS: readonly EdgeType[] = ['ATTENDED', 'SENT', 'IMPOSED', 'TO', 'TARGETS', 'HELD_IN', 'MET', 'SUPPORTS'];

export function writePlan(change: GraphChange, kindOf: (id: string) => EntityKind | undefined, rederived: EventFact[]): WriteStep[] {
  const events = new Map<string, EventFact>();
  for (const event of rederived) events.set(event.id, event);
  for (const event of change.events) events.set(event.id, event);

  const removed = [...new Set([...change.removeEvents, ...events.keys()])];
  const steps: WriteStep[] = [
    { statement: 'removeEvents', rows: removed, facts: 0 },
    { statement: 'upsertArticles', rows: lastById(change.articles).map((a) => ({ id: a.id, props: articleProps(a) })), facts: 0 },
    { statement: 'upsertEntities', rows: lastById(change.entities).map((e) => ({ id: e.id, kind: e.kind, props: entityProps(e) })), facts: 0 },
    { statement: 'upsertHoldings', rows: [...new Map(change.holdings.map((h) => [holdsEdge(h).key, edgeRow(holdsEdge(h))])).values()], facts: 0 },
    { statement: 'upsertEvents', rows: [...events.values()].map((e) => ({ id: e.id, kind: e.kind, props: eventProps(e) })), facts: 0 },
  ];

  const edgesByType = new Map<EdgeType, unknown[]>(EDGE_STATEMENTS.map((type) => [type, []]));
  for (const event of events.values()) {
    for (const edge of edgesOf(event, kindOf)) {
      const rows = edgesByType.get(edge.type);
      if (!rows) throw new Error(`No statement writes ${edge.type} edges`);
      rows.push(edgeRow(edge));
    }
  }
  for (const [type, rows] of edgesByType) steps.push({ statement: `edges/${type}`, rows, facts: 0 });
  steps.push({ statement: 'removeEntities', rows: [...new Set(change.removeEntities ?? [])], facts: 0 });
  // Resolve's bookkeeping: records (the last given per id wins), then each id's postings anew.
  const records = [...new Map((change.resolve?.records ?? []).map((r) => [r.id, r.value])).entries()];
  const postings = [...new Map((change.resolve?.postings ?? []).map((p) => [p.id, [...new Set(p.keys)]])).entries()];
  steps.push({ statement: 'resolve/removeRecords', rows: records.filter(([, value]) => value === null || value === undefined).map(([id]) => id), facts: 0 });
  steps.push({ statement: 'resolve/upsertRecords', rows: records.filter(([, value]) => value !== null && value !== undefined).map(([id, value]) => ({ id, value: JSON.stringify(value) })), facts: 0 });
  steps.push({ statement: 'resolve/unfile', rows: postings.map(([id]) => id), facts: 0 });
  steps.push({ statement: 'resolve/file', rows: postings.filter(([, keys]) => keys.length > 0).map(([id, keys]) => ({ id, keys })), facts: 0 });
  // appendAudit numbers its rows on from the last entry, so batches of it keep their order.
  const audit = (change.audit ?? []).map((a) => ({ at: a.at, actor: a.actor, action: a.action, detail: a.detail }));
  for (const step of steps) step.facts = step.statement === 'removeEvents' || step.statement === 'removeEntities' || step.statement.startsWith('resolve/') ? 0 : step.rows.length;
  const planned = steps.filter((step) => step.rows.length > 0);
  if (audit.length > 0) planned.push({ statement: 'appendAudit', rows: audit, facts: audit.length });
  return planned;
}

function edgeRow(edge: DerivedEdge): { from: string; to: string; key: string; props: Record<string, unknown> } {
  return { from: edge.from, to: edge.to, key: edge.key, props: edgeProps(edge.key, edge.props) };
}

/** One record per id, the last one given (what upserting them in turn leaves), in first-seen order. */
function lastById<T extends { id: string }>(records: T[]): T[] {
  const byId = new Map<string, T>();
  for (const record of records) byId.set(record.id, record);
  return [...byId.values()];
}
