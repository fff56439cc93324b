// The model row of a feature given as template and value(s) (featureStrings), looked up in a
// table per template filled on first sight, so that tagging does not build and hash a new string
// per feature: the values are the words and shapes of the sentence, each hashed once. A value the
// model has no feature for is remembered too (-1), up to a bound per template.
// Example: new FeatureRows(model.features).row('l-1|l=', 'the', 'talks') -> the row of 'l-1|l=the|talks', or -1
import { featureName } from './featureStrings.js';

/** Values of one template not in the model remembered before its table is emptied (a bound on memory, not on correctness). */
const MISS_LIMIT = 10_000;

interface Table {
  rows: Map<string, number>;
  /** Features of two values: first value -> second -> row. */
  pairs: Map<string, Map<string, number>>;
  misses: number;
}

export class FeatureRows {
  private readonly tables = new Map<string, Table>();

  constructor(private readonly features: ReadonlyMap<string, number>) {}

  row(template: string, value: string, second?: string): number {
    let table = this.tables.get(template);
    if (!table) this.tables.set(template, (table = { rows: new Map(), pairs: new Map(), misses: 0 }));
    let rows = table.rows;
    let key = value;
    if (second !== undefined) {
      rows = table.pairs.get(value) ?? new Map();
      if (!rows.size) table.pairs.set(value, rows);
      key = second;
    }
    let row = rows.get(key);
    if (row === undefined) {
      row = this.features.get(featureName(template, value, second)) ?? -1;
      if (row < 0 && ++table.misses > MISS_LIMIT) {
        table.rows.clear();
        table.pairs.clear();
        table.misses = 0;
      }
      rows.set(key, row);
    }
    return row;
  }
}
