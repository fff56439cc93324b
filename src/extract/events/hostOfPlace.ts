// The country a visit went to hosts it: "a visit to Doha by Tillerson" is hosted by Qatar, "Pompeo
// arrived in Ankara, Turkey" by Turkey. When a visit has a visitor and its place lies in a
// known country (the country itself, a listed place, a capital, or a place the page puts in one), that country
// becomes its host, unless it is already a party or a visitor is of it ("Biden flew back to
// Washington" is a return, not a visit the US hosts). A place of unknown country ("the desert
// town of Zarqaween", which no list holds) or a region ("arrived in Asia") adds nothing.
// Contract: mutates the candidates' participants in place; runs after hostAtHome.
// Example: VISIT [Tillerson (visitor)] @place:doha -> [Tillerson (visitor), Qatar (host)].
import type { EntityMention } from '../../model/index.js';
import { gazetteer } from '../entities/gazetteer.js';
import type { Candidate } from './candidate.js';
import { homeOf, venueCountry } from './hostAtHome.js';

export function hostOfPlace(text: string, candidates: Candidate[], mentions: readonly EntityMention[]): void {
  const g = gazetteer();
  for (const c of candidates) {
    const visitors = c.participants.filter((p) => p.role === 'visitor');
    // A meeting whose sides hostAtHome told apart keeps the parties its text names.
    if (c.kind !== 'VISIT' || !c.place || visitors.length === 0) continue;
    const venue = venueCountry(c.place, mentions, text);
    const country = venue ? g.countryByCode.get(venue) : undefined;
    if (!venue || !country || c.participants.some((p) => p.entity === country.id)) continue;
    if (visitors.some((p) => (p.kind === 'PERSON' ? homeOf(p.entity, mentions, text) : g.byId.get(p.entity)?.country) === venue)) continue;
    c.participants.push({ entity: country.id, kind: 'COUNTRY', role: 'host', name: country.name });
  }
}
