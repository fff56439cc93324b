// Across articles, a name the tagger typed as an organisation or a place that is the whole name
// (two words or more) of exactly one person of the batch or the store is that person: the tagger
// may read "Leo Varadkar (@LeoVaradkar)" in a tweet's credit as an organisation in the one article
// that names him only there, while other articles name him as a person (peopleOfOtherKinds does
// the same within an article). Names the gazetteer knows keep their kind ("Jordan" the country),
// one-word names join nothing ("Holm" may be a town), and a name two people bear joins neither.
//
//   peopleTypedOtherwise([{ id: 'organization:leo-varadkar', kind: 'ORGANIZATION', name: 'Leo Varadkar', aliases: [] }],
//     [{ id: 'person:leo-varadkar', kind: 'PERSON', name: 'Leo Varadkar', aliases: [] }], isKnown)
//     -> Map { 'organization:leo-varadkar' => person:leo-varadkar }
import type { Entity } from '../model/index.js';
import { personWords } from '../extract/entities/personKey.js';

export function peopleTypedOtherwise(others: readonly Entity[], people: readonly Entity[], isKnown: (id: string) => boolean): Map<string, Entity> {
  const byName = new Map<string, Map<string, Entity>>();
  for (const person of people) {
    if (person.kind !== 'PERSON') continue;
    for (const name of [person.name, ...person.aliases]) {
      const words = personWords(name);
      if (words.length < 2) continue;
      const key = words.join(' ');
      const bearers = byName.get(key) ?? new Map<string, Entity>();
      bearers.set(person.id, person);
      byName.set(key, bearers);
    }
  }
  const into = new Map<string, Entity>();
  for (const e of others) {
    if ((e.kind !== 'ORGANIZATION' && e.kind !== 'PLACE') || isKnown(e.id)) continue;
    const words = personWords(e.name);
    if (words.length < 2) continue;
    const bearers = byName.get(words.join(' '));
    if (bearers?.size === 1) into.set(e.id, [...bearers.values()][0]!);
  }
  return into;
}
