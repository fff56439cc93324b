// The comparison key of a name for alias-aware look-up: case-insensitive, and hyphens,
// underscores and runs of white space compare equal, so "Kim Jong-un", "kim jong un" and
// "KIM  JONG UN" share the key "kim jong un". Store-agnostic: the Neo4j store keys names the same way.
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_\u2010-\u2015]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
