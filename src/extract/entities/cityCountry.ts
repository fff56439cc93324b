// The country a city of 100,000 people or more lies in, by its name (data/gazetteer/cities.json,
// from GeoNames): the last resort for a venue the gazetteer and the page leave without one ("the
// Red Sea city of Jeddah"). A name that large cities of two countries share is in no country, nor
// is a place the list does not hold ("Bali", a region; "Geneva", listed under its French name).
// Contract: pure after the first call, which reads the file; an ISO alpha-2 code or null.
// Example: cityCountry('Jeddah') -> 'SA'; cityCountry('Alexandria') -> null (Egypt, United States)
import { agreedValues } from './agreedValues.js';
import { readGazetteerJson } from './gazetteer.js';
import { aliasKey } from './slug.js';

let cached: Map<string, string> | undefined;

function cities(): Map<string, string> {
  // Two spellings that fold to one key ("Ōita", "Oita") in two countries name neither.
  cached ??= agreedValues(Object.entries(readGazetteerJson<{ cities: Record<string, string> }>('cities.json').cities).map(([name, code]) => [aliasKey(name), code] as const));
  return cached;
}

export function cityCountry(name: string): string | null {
  return cities().get(aliasKey(name)) ?? null;
}
