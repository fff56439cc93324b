// The country a city of 100,000 people or more lies in, by its name (data/gazetteer/cities.json,
// from GeoNames): the last resort for a venue the gazetteer and the page leave without one ("the
// Red Sea city of Jeddah"). A name that large cities of two countries share is in no country, nor
// is a place the list does not hold ("Bali", a region; "Geneva", listed under its French name).
// Contract: pure after the first call, which reads the file; an ISO alpha-2 code or null.
// Example: cityCountry('Jeddah') -> 'SA'; cityCountry('Alexandria') -> null (Egypt, United States)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aliasKey } from './slug.js';

let cached: Map<string, string> | undefined;

function cities(): Map<string, string> {
  if (cached) return cached;
  const file = fileURLToPath(new URL('../../../data/gazetteer/cities.json', import.meta.url));
  const rows = (JSON.parse(readFileSync(file, 'utf8')) as { cities: Record<string, string> }).cities;
  const byKey = new Map<string, string | null>();
  // Two spellings that fold to one key ("Ōita", "Oita") in two countries name neither.
  for (const [name, code] of Object.entries(rows)) {
    const key = aliasKey(name);
    byKey.set(key, byKey.has(key) && byKey.get(key) !== code ? null : code);
  }
  cached = new Map([...byKey].filter((e): e is [string, string] => e[1] !== null));
  return cached;
}

export function cityCountry(name: string): string | null {
  return cities().get(aliasKey(name)) ?? null;
}
