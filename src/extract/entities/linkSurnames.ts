// Refiner: a surname shared by several known people ("Kim") names the one the article names in
// full (the nearest full mention before it, else the first after it); with no full mention the
// gazetteer's most prominent bearer stands.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { aliasKey } from './slug.js';

let bearersByName: Map<string, Set<string>> | undefined;

/** Gazetteer people by the first and last word of their names and aliases ("kim" -> every Kim). */
function surnameBearers(): Map<string, Set<string>> {
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

export function linkSurnames(_ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const full = mentions.filter((m) => m.kind === 'PERSON' && /\s/.test(m.text.trim()));
  return mentions.map((m) => {
    if (m.kind !== 'PERSON' || /\s/.test(m.text.trim()) || m.by === 'entities/resolveTitles') return m;
    const bearers = surnameBearers().get(aliasKey(m.text)) ?? new Set<string>();
    if (bearers.size < 2) return m;
    const candidates = full.filter((f) => bearers.has(f.id));
    const pick = [...candidates].reverse().find((f) => f.end <= m.start) ?? candidates[0];
    if (!pick || pick.id === m.id) return m;
    return { ...m, id: pick.id, name: pick.name, by: 'entities/linkSurnames' };
  });
}
