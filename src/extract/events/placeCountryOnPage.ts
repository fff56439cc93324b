// The country a place lies in, as the page itself says it: "in Bali, Indonesia", "arrived in
// Istanbul, Turkey", "the Saudi city of Neom", "the Red Sea port of Aqaba, Jordan". A mention of the
// place followed by a comma and a country, or preceded by "the <demonym> city (town, port, resort,
// capital) of", names its country; when the page names two different ones for it, or none, null.
// Only a place mention counts, so a dateline's "Monday, Qatar" or a list of countries says nothing.
// Contract: pure; an ISO code or null.
// Example: ("Xi flew to Bali, Indonesia.", 'place:bali', mentions) -> 'ID'
import type { EntityMention } from '../../model/index.js';
import { gazetteer } from '../entities/gazetteer.js';
import { aliasKey } from '../entities/slug.js';
import { shortDemonym } from './nationalsOf.js';

/** "the Saudi city of ", "the Austrian resort town of ": a demonym, at most two more words, a settlement noun, "of". */
const CITY_OF = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,2}?(?:city|town|port|resort|capital|village)\s+of\s+$/u;

export function placeCountryOnPage(text: string, id: string, mentions: readonly EntityMention[]): string | null {
  const g = gazetteer();
  const found = new Set<string>();
  for (const m of mentions) {
    if (m.id !== id || m.kind !== 'PLACE') continue;
    const next = mentions.find((c) => c.start >= m.end && c.start <= m.end + 3 && /^,\s*$/.test(text.slice(m.end, c.start)));
    const code = next?.kind === 'COUNTRY' ? g.byId.get(next.id)?.country : undefined;
    if (code) found.add(code);
    const before = CITY_OF.exec(text.slice(Math.max(0, m.start - 60), m.start));
    const word = before ? aliasKey(before[1]!) : undefined;
    // "the Saudi city of": a demonym, or the first word of one of several words ("Saudi Arabian").
    const demonym = word ? (g.demonyms.get(word) ?? shortDemonym(word)) : undefined;
    if (demonym) found.add(demonym);
  }
  return found.size === 1 ? [...found][0]! : null;
}
