// Gazetteer people by the first and last word of their names and aliases ("kim" -> every Kim),
// for telling a bare surname apart and for spotting unknown people of a known family name.
import { gazetteer } from './gazetteer.js';
import { aliasKey } from './slug.js';

let bearersByName: Map<string, Set<string>> | undefined;

export function surnameBearers(): Map<string, Set<string>> {
  if (bearersByName) return bearersByName;
  bearersByName = new Map();
  for (const e of gazetteer().entries) {
    if (e.kind !== 'PERSON') continue;
    for (const a of e.aliases) {
      const words = aliasKey(a).split(' ');
      for (const w of new Set([words[0]!, words[words.length - 1]!])) bearersByName.set(w, (bearersByName.get(w) ?? new Set()).add(e.id));
    }
  }
  return bearersByName;
}

