// Mentions with the first of each entity kept, in order: one party per entity however often it is named.
// Example: uniqueById([Trump, Kim, Trump]) -> [Trump, Kim]
import type { EntityMention } from '../../model/index.js';

export function uniqueById(ms: readonly EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.id) && seen.add(m.id));
}
