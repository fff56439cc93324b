// The SanctionAction of a SANCTION event, read from its description: the sanctions extractor
// (src/extract/events/sanctionMove.ts) writes its action there ("imposed", "maintained", "eased",
// "lifted"); hand-made data may use a verb form ("impose", "keeps", "rescind"). An event merged
// from reports keeps the first action it was given. null when the description says none of these
// (or there is none).
//
//   sanctionAction({ description: 'lifted', ... }) -> 'LIFTED'
import type { EventFact } from '../model/index.js';
import type { SanctionAction } from './generated/resolvers-types.js';

const RULES: [RegExp, SanctionAction][] = [
  [/^\s*(?:maintain|keep|kept|extend|persist|renew|prolong)/i, 'MAINTAINED'],
  [/^\s*(?:eas|relax|loosen|soften)/i, 'EASED'],
  [/^\s*(?:lift|remov|rescind|revok|repeal|reopen|restor|end|drop|waiv|delist)/i, 'LIFTED'],
  [/^\s*(?:impos|slap|tighten)/i, 'IMPOSED'],
];

export function sanctionAction(event: Pick<EventFact, 'description'>): SanctionAction | null {
  const description = event.description ?? '';
  return RULES.find(([pattern]) => pattern.test(description))?.[1] ?? null;
}
