// Host and visitor of a gathering held in one side's country: "Kuwait's emir (L) meets Qatar's emir
// in Doha", "Kerry met Cuban Foreign Minister Rodriguez in Havana". When the place lies in the home
// country of one of its two people and the other's home is known and elsewhere, the one at home
// hosts it (with their country, if it is named among the parties) and the other visits; the place
// says where the visit went. A venue in neither's country ("Trump and Kim met in Singapore"), a
// person of unknown home, more than two people (a summit at a body's seat is no one's visit), a
// call or a virtual meeting, or roles already given leave the candidate as it was. A person's home:
// the gazetteer's office holder, else a demonym or country in the title written with the name
// ("Kuwaiti Emir Sheikh Sabah") or in the word right before it ("Saudi King Salman", the first word
// of one country's name). A venue's country: the gazetteer's, the page's, else a large city's
// (cityCountry, "Jeddah"). A meeting of one person with a country's side that its own words hold in that country ("his meeting with Emirati leaders in the UAE") is the person's visit, the
// country its host; not when the person is of that country, nor when a comma or another clause
// stands between ("met Emirati leaders, then flew on to the UAE").
// Example: MEETING [Sabah (Kuwait), Tamim (Qatar)] @Doha -> Sabah visitor, Tamim host.
import type { EntityMention } from '../../model/index.js';
import { gazetteer, homeCountry } from '../entities/gazetteer.js';
import { agreedValues } from '../entities/agreedValues.js';
import { aliasKey } from '../entities/slug.js';
import { cityCountry } from '../entities/cityCountry.js';
import type { Candidate } from './candidate.js';
import { placeCountryOnPage } from './placeCountryOnPage.js';

const HELD = new Set(['SUMMIT', 'MEETING', 'TALKS']);
/** "a virtual summit", "video talks": held at a distance, nobody travels. */
const DISTANT = /\b(?:virtual|video|online|phone|telephone)\b/i;

/** "saudi" -> SA: the first word of a country's name of several words that no other country's name begins with. */
let leads: Map<string, string> | undefined;
function countryLeads(): Map<string, string> {
  leads ??= agreedValues(
    [...gazetteer().countryByCode].flatMap(([code, c]) => {
      const words = c.name.split(/\s+/);
      return words.length < 2 ? [] : [[aliasKey(words[0]!), code] as const];
    }),
  );
  return leads;
}

/** The country a title's leading words name: a demonym, a country, or the first word of a country's name ("Saudi"). */
function titleCountry(words: string[]): string | null {
  const g = gazetteer();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const lead = aliasKey(words.slice(0, n).join(' ').replace(/['’]s$/, ''));
    const code = g.demonyms.get(lead) ?? g.byAlias.get(lead)?.find((e) => e.kind === 'COUNTRY')?.country ?? (n === 1 ? countryLeads().get(lead) : undefined);
    if (code) return code;
  }
  return null;
}

/** The country code of a person: their office's, else a demonym or country in a title written with their name, or in
 *  the word right before that title ("Saudi King Salman" when the title is only "King"). */
export function homeOf(id: string, mentions: readonly EntityMention[], text: string): string | null {
  const known = homeCountry(id)?.country;
  if (known) return known;
  for (const m of mentions) {
    if (m.id !== id || !m.title) continue;
    const code = titleCountry(m.title.split(/\s+/));
    if (code) return code;
    const at = text.lastIndexOf(m.title, m.start);
    const before = at >= 0 && at >= m.start - m.title.length - 2 ? /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at)) : null;
    const word = before ? titleCountry([before[1]!]) : null;
    if (word) return word;
  }
  return null;
}

/** The country a place lies in: the gazetteer's, the one whose capital it is, the one the page says it is in ("Bali,
 *  Indonesia"), else the one a large city of its name lies in ("Jeddah"). */
export function venueCountry(id: string, mentions: readonly EntityMention[], text: string): string | null {
  const g = gazetteer();
  const known = g.byId.get(id);
  if (known) return known.country;
  const named = mentions.find((m) => m.id === id);
  return (named && g.capitals.get(aliasKey(named.name))) ?? placeCountryOnPage(text, id, mentions) ?? (named ? cityCountry(named.name) : null);
}

/** "his meeting with Emirati leaders in the UAE": a country of the parties the trigger's own words say it was held in. */
function heldInParty(text: string, c: Candidate, mentions: readonly EntityMention[]): string | null {
  const t = c.triggers[0]!;
  const countries = c.participants.filter((p) => p.kind === 'COUNTRY');
  if (countries.length !== 1) return null;
  const there = mentions.find((m) => m.id === countries[0]!.entity && m.start > t.end && m.start - t.end <= 80 && /\bin\s+(?:the\s+)?$/i.test(text.slice(m.start - 8, m.start)) && !/[.;:,]/.test(text.slice(t.end, m.start)));
  return there ? (gazetteer().byId.get(there.id)?.country ?? null) : null;
}

export function hostAtHome(text: string, candidates: Candidate[], mentions: readonly EntityMention[]): void {
  const g = gazetteer();
  for (const c of candidates) {
    if (!HELD.has(c.kind) || c.call || c.triggers.some((t) => DISTANT.test(text.slice(Math.max(0, t.start - 30), t.end))) || c.participants.some((p) => p.role !== 'participant')) continue;
    const people = c.participants.filter((p) => p.kind === 'PERSON');
    // "Sabah's meeting with Emirati leaders in the UAE": one person meets a country's side at its home; the country hosts.
    const inParty = !c.place && people.length === 1 ? heldInParty(text, c, mentions) : null;
    const guestHome = inParty ? homeOf(people[0]!.entity, mentions, text) : null;
    if (inParty && guestHome && guestHome !== inParty) {
      for (const p of c.participants) p.role = p.kind === 'PERSON' ? 'visitor' : 'host';
      continue;
    }
    const venue = c.place ? venueCountry(c.place, mentions, text) : null;
    if (!venue) continue;
    const homes = people.map((p) => homeOf(p.entity, mentions, text));
    if (people.length !== 2 || homes.some((h) => h === null)) continue;
    const hosts = people.filter((_, i) => homes[i] === venue);
    if (hosts.length !== 1) continue;
    const country = g.countryByCode.get(venue)?.id;
    for (const p of c.participants) {
      if (p.kind === 'PERSON') p.role = hosts.includes(p) ? 'host' : 'visitor';
      else if (p.entity === country) p.role = 'host';
    }
  }
}
