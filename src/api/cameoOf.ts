// The CAMEO code of an event (DESIGN.md, Graph model), so analysts can join with GDELT-style data:
// its kind's code (CAMEO_BY_KIND), except that sanctions lifted or eased are CAMEO 085 ("ease
// economic sanctions, boycott, or embargo"), not 163 ("impose embargo, boycott, or sanctions").
//
//   cameoOf({ kind: 'SANCTION', description: 'lifted' }) -> '085'
//   cameoOf({ kind: 'SANCTION', description: 'imposed' }) -> '163'
import { CAMEO_BY_KIND, type EventFact } from '../model/index.js';
import { sanctionAction } from './sanctionAction.js';

/** CAMEO 085: ease economic sanctions, boycott, or embargo. */
const EASE_SANCTIONS = '085';

export function cameoOf(event: Pick<EventFact, 'kind' | 'description'>): string {
  if (event.kind === 'SANCTION') {
    const action = sanctionAction(event);
    if (action === 'LIFTED' || action === 'EASED') return EASE_SANCTIONS;
  }
  return CAMEO_BY_KIND[event.kind];
}
