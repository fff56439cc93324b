// Refiner: a person named by one word ("Simmons", "Petrov", or "Choe" for "Choe Son Hui") after or
// before the full name ("Phil Simmons") in the same article is that person: the word must be the
// first or last word of the full name. The nearest full name before it wins, else the first after
// it. People the gazetteer knows are left to linkSurnames, which weighs prominence.
// Example: "Ivan Petrov arrived. Petrov said ..." -> both mentions person:ivan-petrov.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { aliasKey } from './slug.js';

export function linkPartialNames(_ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const full = mentions.filter((m) => m.kind === 'PERSON' && /\s/.test(m.name.trim()));
  const ends = (m: EntityMention) => {
    const words = aliasKey(m.name).split(' ');
    return [words[0]!, words[words.length - 1]!];
  };
  return mentions.map((m) => {
    if (m.kind !== 'PERSON' || /\s/.test(m.text.trim()) || gazetteer().byId.has(m.id)) return m;
    const word = aliasKey(m.text);
    const bearers = full.filter((f) => f.id !== m.id && ends(f).includes(word));
    const pick = [...bearers].reverse().find((f) => f.end <= m.start) ?? bearers.find((f) => f.start >= m.end);
    return pick ? { ...m, id: pick.id, name: pick.name, by: 'entities/linkPartialNames' } : m;
  });
}
