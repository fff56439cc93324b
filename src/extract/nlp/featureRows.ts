// The model row of a feature given as template and value (featureStrings), looked up in a table
// per template filled on first sight, so that tagging does not build and hash a new string per
// feature: the values are the words and shapes of the sentence, each hashed once. A value the
// model has no feature for is remembered too (-1), up to a bound per template.
// Example: new FeatureRows(model.features).row('caps|l=', 'talks') -> the row of 'caps|l=talks', or -1

/** Values of one template not in the model remembered before its table is emptied (a bound on memory, not on correctness). */
const MISS_LIMIT = 10_000;

interface Table {
  rows: Map<string, number>;
  misses: number;
}

export class FeatureRows {
  private readonly tables = new Map<string, Table>();

  constructor(private readonly features: ReadonlyMap<string, number>) {}

  row(template: string, value: string): number {
    let table = this.tables.get(template);
    if (!table) this.tables.set(template, (table = { rows: new Map(), misses: 0 }));
    let row = table.rows.get(value);
    if (row === undefined) {
      row = this.features.get(template + value) ?? -1;
      if (row < 0 && ++table.misses > MISS_LIMIT) {
        table.rows.clear();
        table.misses = 0;
      }
      table.rows.set(value, row);
    }
    return row;
  }
}
