// The memory store's copy of resolve's bookkeeping (GraphChange.resolve): records by id, and
// postings (ids by key, keys by id). Kept beside the graph, not in it, so counts, lists, search and
// exports never see it; saved in the snapshot (graph attribute `resolve`) and the journal with the
// rest of each change. apply() can be undone (UndoLog) when the write fails later. Records are kept
// and handed out as written, not copied (resolve never changes a record it wrote or read: a new
// version is a new record), so reading many costs no parsing.
//
//   tables.apply({ records: [{ id: 'r1', value: { a: 1 } }], postings: [{ id: 'r1', keys: ['k'] }] }, log);
//   tables.lookup(['k'])  // Map { 'k' => ['r1'] }
import type { ResolveChange } from '../graphStore.js';
import { IdSets } from './idSets.js';
import type { UndoLog } from './undoLog.js';

/** How the tables are saved in the snapshot: [id, record] and [id, keys] pairs. */
export interface SavedTables {
  records: [string, unknown][];
  postings: [string, string[]][];
}

export class ResolveTables {
  private readonly records = new Map<string, unknown>();
  private readonly keysOf = new Map<string, string[]>();
  private readonly byKey = new IdSets();
  /** One string per distinct key (the same key of many ids is kept once). */
  private readonly interned = new Map<string, string>();

  static of(saved: SavedTables | undefined): ResolveTables {
    const tables = new ResolveTables();
    for (const [id, value] of saved?.records ?? []) tables.records.set(id, typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
    for (const [id, keys] of saved?.postings ?? []) tables.file(id, keys);
    return tables;
  }

  save(): SavedTables {
    return { records: [...this.records], postings: [...this.keysOf] };
  }

  apply(change: ResolveChange, log: UndoLog): void {
    for (const { id, value } of change.records) {
      const had = this.records.get(id);
      if (value === null || value === undefined) this.records.delete(id);
      else this.records.set(id, value);
      log.push(() => (had === undefined ? this.records.delete(id) : this.records.set(id, had)));
    }
    for (const { id, keys } of change.postings) {
      const had = this.keysOf.get(id) ?? [];
      this.file(id, keys);
      log.push(() => this.file(id, had));
    }
  }

  get(ids: readonly string[]): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (const id of ids) {
      const value = this.records.get(id);
      if (value !== undefined) out.set(id, value);
    }
    return out;
  }

  lookup(keys: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const key of keys) {
      const ids = this.byKey.get(key);
      if (ids) out.set(key, [...ids].sort(byCodeUnit));
    }
    return out;
  }

  /** Files id under exactly these keys. */
  private file(id: string, keys: readonly string[]): void {
    for (const key of this.keysOf.get(id) ?? []) this.byKey.remove(key, id);
    const unique = [...new Set(keys)].map((key) => {
      const kept = this.interned.get(key);
      if (kept !== undefined) return kept;
      this.interned.set(key, key);
      return key;
    });
    if (unique.length === 0) this.keysOf.delete(id);
    else this.keysOf.set(id, unique);
    for (const key of unique) this.byKey.add(key, id);
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
