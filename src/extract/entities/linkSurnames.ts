// Refiner: a surname shared by several known people ("Kim") names one the article names in full:
// the most prominent of them (a bare "Kim" in a story that also names Kim Yo Jong is the leader,
// as news style names everyone else in full), the nearest before it among equals; with no full
// mention the gazetteer's most prominent bearer stands.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { aliasKey } from './slug.js';
import { surnameBearers } from './surnameBearers.js';
import { RESOLVE_TITLES_BY } from './officeReadings.js';

export function linkSurnames(_ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const full = mentions.filter((m) => m.kind === 'PERSON' && /\s/.test(m.text.trim()));
  return mentions.map((m) => {
    if (m.kind !== 'PERSON' || /\s/.test(m.text.trim()) || m.by === RESOLVE_TITLES_BY) return m;
    const bearers = surnameBearers().get(aliasKey(m.text)) ?? new Set<string>();
    if (bearers.size < 2) return m;
    // Of the bearers the article names in full, the most prominent (the leader, not his sister);
    // among equals, the nearest one named before.
    const candidates = full.filter((f) => bearers.has(f.id));
    const rank = (id: string) => gazetteer().byId.get(id)?.prominence ?? 9;
    const best = Math.min(...candidates.map((c) => rank(c.id)));
    const top = candidates.filter((c) => rank(c.id) === best);
    const pick = [...top].reverse().find((f) => f.end <= m.start) ?? top[0];
    if (!pick || pick.id === m.id) return m;
    return { ...m, id: pick.id, name: pick.name, by: 'entities/linkSurnames' };
  });
}
