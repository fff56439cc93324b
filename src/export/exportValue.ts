// How one attribute value of the export graph is written by the formats without nested values
// (GEXF, GraphML, CSV): numbers and booleans as they are, strings as they are, lists of strings as
// lists (each format spells lists its own way), and anything nested (evidence) as JSON text.
//
//   exportValue(['Kim', 'Kim Jong-un'])   -> ['Kim', 'Kim Jong-un']
//   exportValue([{ article: 'a', ... }])  -> '[{"article":"a",...}]'
export type ExportValue = string | number | boolean | string[];

export function exportValue(value: unknown): ExportValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return JSON.stringify(value);
}
