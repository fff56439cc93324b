// Window features: the features a token takes from fixed neighbours ("l-1=" the lower-cased word
// before it, "l-1|l=" that word and its own, "b" none at all), written once as data. Training
// writes them as strings through the feature functions (writeWindow); the tagger reads the same
// list and looks each up by the neighbours' word ids (WindowRows), which is where most of a
// token's features come from. A feature of several values joins them with '|' after its
// template. Outside the sentence, a column reads its padding.
// Example: writeWindow([{ template: 'l-1|l=', cells: [[LOWER, -1], [LOWER, 0]] }], s, 1, emit)
//   for "the talks" -> emit('l-1|l=', 'the|talks')
import type { EmitFeature } from './featureStrings.js';

/** One string per token of a sentence, and what it reads before and after the sentence. */
export interface Column<S> {
  value: (s: S, k: number) => string;
  /** Read at offsets -1 and -2. */
  before: readonly [string, string];
  /** Read at offsets n and n + 1. */
  after: readonly [string, string];
}

/** A column read at an offset from the token (-2 to 2). */
export type Cell<S> = readonly [Column<S>, number];

export interface WindowFeature<S> {
  template: string;
  /** No cell: the value is '' (a bias). */
  cells: readonly Cell<S>[];
}

/** How far the cells of a window feature may reach. */
export const WINDOW_REACH = 2;

export function cellValue<S>(column: Column<S>, s: S, n: number, k: number): string {
  return k < 0 ? column.before[-k - 1]! : k >= n ? column.after[k - n]! : column.value(s, k);
}

export function writeWindow<S>(features: readonly WindowFeature<S>[], s: S, n: number, i: number, emit: EmitFeature): void {
  for (const { template, cells } of features) {
    let value = '';
    cells.forEach(([column, d], c) => (value += (c ? '|' : '') + cellValue(column, s, n, i + d)));
    emit(template, value);
  }
}
