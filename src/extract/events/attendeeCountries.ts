// Countries that a long list names as the others attending a gathering: "Obama took part in a summit
// with heads of state from Brazil, Canada, Chile and Mexico". Beside a named person, three or more
// countries coordinated in one list tell who else came to a multilateral gathering, not its parties
// (participants' fallback keeps the person and drops them). Two countries ("leaders from India and
// Pakistan") are a pair and stay; so do countries written apart ("Brazil's Rousseff ... Canada").
// Contract: pure; the ids of the countries of every such list, empty when there is none.
// Example: "... heads of state from Brazil, Canada, Chile and Mexico." -> {brazil, canada, chile, mexico}
import type { EntityMention } from '../../model/index.js';
import { coordinatedActors } from './coordinatedActors.js';

/** How many coordinated countries make a list of attendees rather than a pair of sides. */
const LONG = 3;

export function attendeeCountries(text: string, countries: readonly EntityMention[], limit: number): Set<string> {
  const out = new Set<string>();
  for (const first of countries) {
    if (out.has(first.id)) continue;
    const list = coordinatedActors(text, first, countries, limit);
    if (list.length >= LONG) for (const m of list) out.add(m.id);
  }
  return out;
}
