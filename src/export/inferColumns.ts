// The typed columns of a set of attribute records, for the formats that declare types up front
// (GraphML keys, the typed CSV headers): in first-seen order, each the narrowest type every value
// fits (long for whole numbers, double once any is fractional, boolean, string[] for lists of
// strings, string for the rest: text, nested values as JSON, or values of mixed types).
//
//   inferColumns([{ confidence: 1 }, { confidence: 0.5, aliases: ['Kim'] }])
//     -> [{ name: 'confidence', type: 'double' }, { name: 'aliases', type: 'string[]' }]
import { exportValue } from './exportValue.js';

export type ColumnType = 'long' | 'double' | 'boolean' | 'string' | 'string[]';

export interface Column {
  name: string;
  type: ColumnType;
}

export function inferColumns(records: Iterable<Record<string, unknown>>): Column[] {
  const types = new Map<string, ColumnType>();
  for (const record of records) {
    for (const [name, raw] of Object.entries(record)) {
      const value = exportValue(raw);
      if (value === undefined) continue;
      const type = typeOf(value);
      const known = types.get(name);
      types.set(name, known === undefined ? type : widen(known, type));
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

function typeOf(value: string | number | boolean | string[]): ColumnType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}
