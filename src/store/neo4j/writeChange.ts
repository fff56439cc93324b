// One GraphChange inside one Neo4j transaction: read what the change refers to, validate it with
// the shared validateChange() (refusing it whole with InvalidChangeError), then run the batched
// UNWIND ... MERGE statements of writePlan(), and refuse (InvalidChangeError) a change whose
// removed entities an event still refers to. The caller owns the transaction: if anything throws,
// it rolls back and the graph is as it was.
//
//   await session.executeWrite((tx) => writeChange(tx, change));
import type { QueryResult } from 'neo4j-driver';
import type { EntityKind, EventFact } from '../../model/index.js';
import type { GraphChange } from '../graphStore.js';
import { InvalidChangeError } from '../invalidChangeError.js';
import { validateChange, type NodeType } from '../validateChange.js';
import { cypher } from './cypher.js';
import { eventOf, type Props } from './nodeProps.js';
import { writePlan, type WriteStep } from './writePlan.js';

/** A transaction or a session: anything that runs one Cypher statement. */
export interface CypherRunner {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<QueryResult>;
}

const DEFAULTS = { rowsPerStatement: 1000 };

export async function writeChange(tx: CypherRunner, change: GraphChange, options: { rowsPerStatement?: number } = {}): Promise<WriteStep[]> {
  const steps = await prepareWrite(tx, change);
  await runSteps(tx, steps, { rowsPerStatement: options.rowsPerStatement ?? DEFAULTS.rowsPerStatement, pipelined: true });
  const removed = change.removeEntities ?? [];
  if (removed.length > 0) {
    const { records } = await tx.run(cypher('entityReferences'), { ids: removed });
    if (records.length > 0) throw new InvalidChangeError(records.map((r) => `removeEntities: ${String(r.get('id'))} is still referenced by event ${String(r.get('event'))}`));
  }
  return steps;
}

/** Reads and validates (throwing InvalidChangeError), then plans the write; writes nothing. */
export async function prepareWrite(tx: CypherRunner, change: GraphChange): Promise<WriteStep[]> {
  const stored = await nodeTypes(tx, referencedIds(change));
  const problems = validateChange(change, (id) => stored.get(id)?.type);
  if (problems.length > 0) throw new InvalidChangeError(problems);

  const kinds = new Map<string, EntityKind>();
  for (const [id, node] of stored) if (node.kind) kinds.set(id, node.kind);
  const changedKind = [...new Set(change.entities.filter((e) => kinds.has(e.id) && kinds.get(e.id) !== e.kind).map((e) => e.id))];
  for (const entity of change.entities) kinds.set(entity.id, entity.kind);

  // An entity whose kind changed changes the edges of every stored event it takes part in.
  let rederived: EventFact[] = [];
  if (changedKind.length > 0) {
    const skip = new Set([...change.removeEvents, ...change.events.map((e) => e.id)]);
    const result = await tx.run(cypher('eventsWithParticipants'), { ids: changedKind });
    rederived = result.records.map((r) => eventOf(r.get('event') as Props)).filter((e) => !skip.has(e.id));
    const unknown = [...new Set(rederived.flatMap((e) => e.participants.map((p) => p.entity)))].filter((id) => !kinds.has(id));
    for (const [id, node] of await nodeTypes(tx, unknown)) if (node.kind) kinds.set(id, node.kind);
  }
  return writePlan(change, (id) => kinds.get(id), rederived);
}

/**
 * Runs each step's statement over its rows, rowsPerStatement rows at a time, in order. Pipelined:
 * every statement is sent at once and the server runs them in turn (one transaction keeps their
 * order); otherwise each waits for the one before.
 */
export async function runSteps(tx: CypherRunner, steps: WriteStep[], options: { rowsPerStatement: number; pipelined: boolean }): Promise<void> {
  const { rowsPerStatement, pipelined } = options;
  const pending: PromiseLike<QueryResult>[] = [];
  for (const step of steps) {
    const statement = cypher(step.statement);
    for (let i = 0; i < step.rows.length; i += rowsPerStatement) {
      const run = tx.run(statement, { rows: step.rows.slice(i, i + rowsPerStatement) });
      if (pipelined) pending.push(run);
      else await run;
    }
  }
  await Promise.all(pending);
}

/** Every id the change writes or refers to (strings only: validateChange reports the rest). */
function referencedIds(change: GraphChange): string[] {
  const ids = new Set<string>();
  const add = (id: unknown): void => {
    if (typeof id === 'string' && id !== '') ids.add(id);
  };
  for (const a of change.articles) add(a?.id);
  for (const e of change.entities) add(e?.id);
  for (const h of change.holdings) {
    add(h?.person);
    add(h?.of);
  }
  for (const e of change.events) {
    add(e?.id);
    add(e?.place);
    if (Array.isArray(e?.participants)) for (const p of e.participants) add(p?.entity);
    if (Array.isArray(e?.sources)) for (const s of e.sources) add(s);
  }
  for (const id of change.removeEvents) add(id);
  for (const id of change.removeEntities ?? []) add(id);
  return [...ids];
}

async function nodeTypes(tx: CypherRunner, ids: string[]): Promise<Map<string, { type: NodeType; kind: EntityKind | null }>> {
  const found = new Map<string, { type: NodeType; kind: EntityKind | null }>();
  if (ids.length === 0) return found;
  const result = await tx.run(cypher('nodeTypes'), { ids });
  for (const record of result.records) {
    found.set(record.get('id') as string, { type: record.get('type') as NodeType, kind: (record.get('kind') as EntityKind | null) ?? null });
  }
  return found;
}
