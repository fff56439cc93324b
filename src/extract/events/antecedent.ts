// The person a pronoun ("he", "his", "him") or "the former"/"the latter" points back to:
// the nearest PERSON mention before it. Hand-written, deliberately shallow coreference.
import type { EntityMention } from '../../model/index.js';

export function antecedent(mentions: EntityMention[], before: number): EntityMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end <= before && m.kind === 'PERSON') return m;
  }
  return undefined;
}
