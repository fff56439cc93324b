// Checks an ExportFilter and resolves it against the store: entity names or aliases become ids
// (store.entity(), so "Kim" finds person:kim-jong-un), partial dates become the days they start or
// end ("2019" from 2019-01-01 to 2019-12-31, as the GraphQL API reads them), hops defaults to 1 when
// entities are given. Misuse is an ExportError naming the field.
//
//   await resolveExportFilter(store, { entity: ['Kim'], from: '2019' })
//     -> { entity: ['person:kim-jong-un'], from: '2019-01-01', hops: 1 }
import { expandDate } from '../api/interval.js';
import type { GraphStore } from '../store/graphStore.js';
import { ExportError } from './exportError.js';

/** More hops than this reach most of any news graph; a larger value is refused. */
export const MAX_EXPORT_HOPS = 10;

export interface ExportFilter {
  /** Entity names, aliases or ids. */
  entity?: string[];
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): events overlapping [from, to], as EventQuery. */
  from?: string;
  to?: string;
  /** Event hops around the entities (entity -> event -> entity is one); 1 when entities are given. */
  hops?: number;
}

/** A checked filter: entity ids, ISO days; a key is present only when it filters. */
export interface ResolvedExportFilter {
  entity?: string[];
  from?: string;
  to?: string;
  hops?: number;
}

export async function resolveExportFilter(store: GraphStore, filter: ExportFilter): Promise<ResolvedExportFilter> {
  const resolved: ResolvedExportFilter = {};
  const from = filter.from === undefined ? undefined : dayOf('from', filter.from, 'start');
  const to = filter.to === undefined ? undefined : dayOf('to', filter.to, 'end');
  if (from !== undefined && to !== undefined && from > to) throw new ExportError('BAD_DATE', `from (${filter.from}) is after to (${filter.to})`);
  if (from !== undefined) resolved.from = from;
  if (to !== undefined) resolved.to = to;

  const names = filter.entity ?? [];
  if (filter.hops !== undefined) {
    if (names.length === 0) throw new ExportError('BAD_HOPS', 'hops: only meaningful with entity (the hops are counted from those entities)');
    if (!Number.isInteger(filter.hops) || filter.hops < 0 || filter.hops > MAX_EXPORT_HOPS) {
      throw new ExportError('BAD_HOPS', `hops: expected a whole number from 0 to ${MAX_EXPORT_HOPS}, got ${String(filter.hops)}`);
    }
  }
  if (names.length > 0) {
    const ids: string[] = [];
    for (const name of names) {
      const entity = await store.entity(name);
      if (!entity) throw new ExportError('UNKNOWN_ENTITY', `entity "${name}": no entity of that id, name or alias in the store`);
      if (!ids.includes(entity.id)) ids.push(entity.id);
    }
    resolved.entity = ids;
    resolved.hops = filter.hops ?? 1;
  }
  return resolved;
}

function dayOf(field: 'from' | 'to', text: string, side: 'start' | 'end'): string {
  const day = expandDate(text, side);
  if (day === null) throw new ExportError('BAD_DATE', `${field}: "${text}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return day;
}
