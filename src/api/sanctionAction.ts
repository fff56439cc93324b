// The SanctionAction of a SANCTION event, read from its description: the sanctions extractor
// (src/extract/events/sanctionRoles.ts) writes its action there ("imposed", "maintained", "eased",
// "relief demanded", "relief refused"); hand-made data may use a verb form ("impose", "keeps").
// null when the description says none of these (or there is none).
//
//   sanctionAction({ description: 'relief refused', ... }) -> 'RELIEF_REFUSED'
import type { EventFact } from '../model/index.js';
import type { SanctionAction } from './generated/resolvers-types.js';

const RULES: [RegExp, SanctionAction][] = [
  [/\brelief\b.*\b(?:refus|reject|denied|deny)/i, 'RELIEF_REFUSED'],
  [/\brelief\b/i, 'RELIEF_DEMANDED'],
  [/^\s*(?:maintain|keep|kept|extend|persist)/i, 'MAINTAINED'],
  [/^\s*(?:eas|lift)/i, 'EASED'],
  [/^\s*(?:impos|slap|tighten)/i, 'IMPOSED'],
];

export function sanctionAction(event: Pick<EventFact, 'description'>): SanctionAction | null {
  const description = event.description ?? '';
  return RULES.find(([pattern]) => pattern.test(description))?.[1] ?? null;
}
