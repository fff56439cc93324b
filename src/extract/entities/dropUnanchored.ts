// Refiner: context-bound aliases ("the North", "the South") count only when the article also
// names that country outright; otherwise they are dropped.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';

export function dropUnanchored(_ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const anchored = new Set(mentions.filter((m) => m.by !== 'entities/contextual').map((m) => m.id));
  return mentions.filter((m) => m.by !== 'entities/contextual' || anchored.has(m.id));
}
