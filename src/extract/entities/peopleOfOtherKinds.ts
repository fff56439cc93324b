// Refiner: within one article, a name the tagger took for an organisation or a place that is a
// person's whole name or surname there is that person: the tagger may read "Holm" after a comma as
// a place, or "Ana Holm" in a list of bodies as an organisation, while the article names Ana Holm
// as a person elsewhere. Only the tagger's own guesses change: names the gazetteer knows keep their
// kind ("Jordan" stays the country beside a "Michael Jordan"), and a surname two people of the
// article share links to neither. Runs after linkPartialNames, so it meets each person's final id.
// Example: "Senator Ana Holm spoke. Holm (ORGANIZATION, tagger) said ..." -> Holm is person:ana-holm.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { TAGGER_BY } from './linkTaggedName.js';
import { personWords } from './personKey.js';

const LINK_BY = 'entities/peopleOfOtherKinds';

export function peopleOfOtherKinds(_ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  // Each person named in full: its id and name, under its whole name and under its surname.
  const byKey = new Map<string, Map<string, EntityMention>>();
  for (const m of mentions) {
    const words = personWords(m.text);
    if (m.kind !== 'PERSON' || words.length < 2) continue;
    for (const key of [words.join(' '), words[words.length - 1]!]) {
      const ids = byKey.get(key) ?? new Map<string, EntityMention>();
      if (!ids.has(m.id)) ids.set(m.id, m);
      byKey.set(key, ids);
    }
  }
  return mentions.map((m) => {
    if ((m.kind !== 'ORGANIZATION' && m.kind !== 'PLACE') || m.by !== TAGGER_BY || gazetteer().byId.has(m.id)) return m;
    const people = byKey.get(personWords(m.text).join(' '));
    if (!people || people.size !== 1) return m;
    const person = [...people.values()][0]!;
    return { ...m, kind: 'PERSON', id: person.id, name: person.name, by: LINK_BY };
  });
}
