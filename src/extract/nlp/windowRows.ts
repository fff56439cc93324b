// The model rows of a sentence's window features (windowFeatures), found by word id rather than
// by feature string: the strings of a sentence's columns (lower-cased words, shapes, tags) are
// numbered once per token, and each feature's row is then read from a table per feature indexed
// by the neighbours' ids, filled on first sight of a value (-1 when the model has no such
// feature). Tagging a token so costs a few array reads instead of building and hashing a string
// per feature. Most pairs of words are no feature: a pair is looked up only when its first and
// last values each end some feature of its template. Ids live in a bounded vocabulary that starts
// afresh, tables and all, when full.
// Example: new WindowRows(model.weights.features, posFeatures.window).rows(sentence, 3) ->
//   Int32Array of 3 x 8 rows (token-major, the features in the window's order)
//
// Written by hand as part of the tagger (see sequenceModel.ts): no Node library does this.
import { cellValue, WINDOW_REACH, type Column, type WindowFeature } from './windowFeatures.js';

/** Ids stay below this, so two of them make one small-integer key (id * LIMIT + id < 2^30). */
const LIMIT = 1 << 15;
/** Values of several cells remembered per feature before its table is emptied (a bound on memory). */
const KEYS_LIMIT = 100_000;
const UNSEEN = -2;
/** Tokens numbered at a time: a block's ids always fit below LIMIT (a window has at most a few columns). */
const BLOCK = 2048;

export class WindowRows<S> {
  private readonly columns: Column<S>[];
  /** Per feature: its cells as (column index, offset). */
  private readonly cells: (readonly [number, number])[][];
  private readonly ids = new Map<string, number>();
  private words: string[] = [];
  private readonly single: (Int32Array | undefined)[];
  private readonly several: Map<number, number>[];
  /** Per feature of several cells: the values its first and its last cell have in the model's features (read on first use). */
  private readonly ends: ([Set<string>, Set<string>] | undefined)[];
  /** The same by id: 0 not asked yet, 1 maybe, 2 never. */
  private readonly endsById: ([Int8Array, Int8Array] | undefined)[];

  constructor(
    private readonly features: ReadonlyMap<string, number>,
    private readonly window: readonly WindowFeature<S>[],
  ) {
    this.columns = [...new Set(window.flatMap((f) => f.cells.map(([c]) => c)))];
    this.cells = window.map((f) => f.cells.map(([c, d]) => [this.columns.indexOf(c), d] as const));
    if (this.columns.length > 8 || window.some((f) => f.cells.length > 3 || f.cells.some(([, d]) => Math.abs(d) > WINDOW_REACH))) throw new Error('a window reads at most 8 columns, and a feature at most three cells, at most two tokens away');
    this.single = window.map(() => undefined);
    this.several = window.map(() => new Map());
    this.ends = window.map(() => undefined);
    this.endsById = window.map(() => undefined);
  }

  /** Row of each window feature (in the window's order) for each token: n x features, token-major. */
  rows(s: S, n: number): Int32Array {
    const rows = new Int32Array(n * this.window.length);
    for (let from = 0; from < n; from += BLOCK) this.fill(s, n, from, Math.min(n, from + BLOCK), rows);
    return rows;
  }

  /** Rows of tokens from..to: their columns' ids first, after a fresh start if the vocabulary could overflow. */
  private fill(s: S, n: number, from: number, to: number, rows: Int32Array): void {
    const F = this.window.length;
    const width = to - from + 2 * WINDOW_REACH;
    if (this.ids.size + this.columns.length * width > LIMIT) this.forget();
    const ids = this.columns.map((column) => {
      const out = new Int32Array(width);
      for (let k = 0; k < width; k++) out[k] = this.idOf(cellValue(column, s, n, from + k - WINDOW_REACH));
      return out;
    });
    for (let f = 0; f < F; f++) {
      const cells = this.cells[f]!;
      for (let t = from; t < to; t++) {
        const at = t - from + WINDOW_REACH;
        if (cells.length === 1) rows[t * F + f] = this.singleRow(f, ids[cells[0]![0]]![at + cells[0]![1]]!);
        else if (cells.length > 1 && !this.mayEnd(f, ids[cells[0]![0]]![at + cells[0]![1]]!, ids[cells.at(-1)![0]]![at + cells.at(-1)![1]]!)) rows[t * F + f] = -1;
        else {
          let key = 0;
          for (const [c, d] of cells) key = key * LIMIT + ids[c]![at + d]!;
          rows[t * F + f] = this.severalRow(f, key);
        }
      }
    }
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  private singleRow(f: number, id: number): number {
    const table = (this.single[f] ??= new Int32Array(LIMIT).fill(UNSEEN));
    let row = table[id]!;
    if (row === UNSEEN) table[id] = row = this.features.get(this.window[f]!.template + this.words[id]!) ?? -1;
    return row;
  }

  /** Whether some feature of feature f's template starts with the value `first` and ends with `last`. */
  private mayEnd(f: number, first: number, last: number): boolean {
    const byId = (this.endsById[f] ??= [new Int8Array(LIMIT), new Int8Array(LIMIT)]);
    const ends = (this.ends[f] ??= this.endsOf(this.window[f]!.template));
    if (!byId[0][first]) byId[0][first] = ends[0].has(this.words[first]!) ? 1 : 2;
    if (byId[0][first] === 2) return false;
    if (!byId[1][last]) byId[1][last] = ends[1].has(this.words[last]!) ? 1 : 2;
    return byId[1][last] === 1;
  }

  /** Every value before and after a '|' in the model's features of a template: a superset of the first and last values (a value may hold '|'). */
  private endsOf(template: string): [Set<string>, Set<string>] {
    const firsts = new Set<string>();
    const lasts = new Set<string>();
    for (const name of this.features.keys()) {
      if (!name.startsWith(template)) continue;
      const rest = name.slice(template.length);
      for (let p = rest.indexOf('|'); p >= 0; p = rest.indexOf('|', p + 1)) {
        firsts.add(rest.slice(0, p));
        lasts.add(rest.slice(p + 1));
      }
    }
    return [firsts, lasts];
  }

  /** A feature of no cell (key 0) or of several: the key is the ids in base LIMIT (exact below 2^53). */
  private severalRow(f: number, key: number): number {
    const table = this.several[f]!;
    let row = table.get(key);
    if (row === undefined) {
      const values: string[] = [];
      for (let k = key, c = this.cells[f]!.length; c > 0; c--, k = Math.floor(k / LIMIT)) values.unshift(this.words[k % LIMIT]!);
      row = this.features.get(this.window[f]!.template + values.join('|')) ?? -1;
      if (table.size >= KEYS_LIMIT) table.clear();
      table.set(key, row);
    }
    return row;
  }

  /** Starts the vocabulary afresh: every table read by id goes with it. */
  private forget(): void {
    this.ids.clear();
    this.words = [];
    this.single.fill(undefined);
    this.endsById.fill(undefined);
    for (const table of this.several) table.clear();
  }
}
