// Whether two places an event is said to be held at can both be true: the same place, or a country
// and a place inside it (the gazetteer's country of a place, or a country's capital). Reports of
// one visit name the city or the country ("arrived in Havana" / "his visit to Cuba"); two cities,
// or a city and another country, still disagree. Places the gazetteer does not know nest in nothing.
//
//   placesNest('place:havana', 'country:cuba')        // true: Havana is Cuba's capital
//   placesNest('place:havana', 'country:panama')      // false
//   placesNest('place:havana', 'place:panama-city')   // false: two places, neither holds the other
import { gazetteer } from '../entities/gazetteer.js';
import { slug } from '../entities/slug.js';

let capitals: Map<string, string> | undefined;

/** The ISO code of the country a place lies in, when the gazetteer knows it (a listed place or a capital). */
function countryOfPlace(id: string): string | undefined {
  const g = gazetteer();
  const entry = g.byId.get(id);
  if (entry?.kind === 'PLACE') return entry.country ?? undefined;
  if (entry || !id.startsWith('place:')) return undefined;
  capitals ??= new Map([...g.capitals].map(([key, code]) => [`place:${slug(key)}`, code]));
  return capitals.get(id);
}

function countryCode(id: string): string | undefined {
  const entry = gazetteer().byId.get(id);
  return entry?.kind === 'COUNTRY' ? (entry.country ?? undefined) : undefined;
}

export function placesNest(a: string, b: string): boolean {
  if (a === b) return true;
  const inside = (place: string, country: string) => {
    const code = countryCode(country);
    return code !== undefined && countryOfPlace(place) === code;
  };
  return inside(a, b) || inside(b, a);
}
