// The batch's people joined to the nodes they are (issue 16) before anything else in resolve, so
// events and dating see one id per person: joinPeople over the batch's people and the stored
// people that share a word of their names, found through resolve's name postings (N:<word>,
// filed by personPostings for every person written), so the cost follows the batch, not the
// store (issue 14). A stored misspelling that shares no whole word ("Jaitely" for "Jaitley") is
// not found this way, only within a batch. Then a name the tagger typed as an organisation or a
// place that is one of those people's whole names is that person (peopleTypedOtherwise). Last, an
// office the page names without its holder is the holder other pages of those weeks name, or the
// country (officeHolders).
//
//   const joined = await joinBatchPeople(extractions, store);  // 'Ana Ruiz' -> person:ana-ruiz-vega if stored
import type { Entity } from '../model/index.js';
import { gazetteer } from '../extract/entities/gazetteer.js';
import { personWords } from '../extract/entities/personKey.js';
import type { ArticleExtraction } from '../extract/pipeline.js';
import type { GraphStore } from '../store/graphStore.js';
import { joinPeople } from './joinPeople.js';
import { officeHolders } from './officeHolders.js';
import { peopleTypedOtherwise } from './peopleTypedOtherwise.js';
import { renameEntities } from './renameEntities.js';

/** The words a person is filed under: of the name and every alias, three letters or more. */
function nameWords(e: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [...new Set([e.name, ...e.aliases].flatMap(personWords).filter((w) => w.length >= 3))];
}

/** Resolve's name postings for the people a batch writes (their complete key lists). */
export function personPostings(entities: readonly Entity[]): { id: string; keys: string[] }[] {
  return entities.filter((e) => e.kind === 'PERSON').map((e) => ({ id: e.id, keys: nameWords(e).map((w) => `N:${w}`) }));
}

export async function joinBatchPeople(extractions: readonly ArticleExtraction[], store: GraphStore): Promise<ArticleExtraction[]> {
  const people = extractions.flatMap((x) => x.entities.filter((e) => e.kind === 'PERSON'));
  const typedOtherwise = extractions.flatMap((x) => x.entities.filter((e) => (e.kind === 'ORGANIZATION' || e.kind === 'PLACE') && personWords(e.name).length >= 2));
  if (people.length === 0 && typedOtherwise.length === 0) return fillOffices([...extractions], store);
  const postings = await store.resolvePostings([...new Set([...people, ...typedOtherwise].flatMap(nameWords))].map((w) => `N:${w}`));
  const ids = [...new Set([...postings.values()].flat())];
  const stored: Entity[] = ids.length > 0 ? (await store.entitiesByIds(ids)).filter((e) => e.kind === 'PERSON') : [];
  const isKnown = (id: string) => gazetteer().byId.has(id);
  const into = joinPeople(people, stored, isKnown);
  // The node a person ends in once joined; a name typed otherwise goes there too.
  const final = (e: Entity): Entity => into.get(e.id) ?? e;
  for (const [id, person] of peopleTypedOtherwise(typedOtherwise, [...people, ...stored], isKnown)) into.set(id, final(person));
  const joined = into.size === 0 ? [...extractions] : extractions.map((x) => renameEntities(x, into));
  return fillOffices(joined, store);
}

/** Offices named without their holder, filled by the holder other pages of those weeks name, or the country (officeHolders). */
async function fillOffices(extractions: ArticleExtraction[], store: GraphStore): Promise<ArticleExtraction[]> {
  const fills = await officeHolders(extractions, store);
  if (fills.size === 0) return extractions;
  return extractions.map((x) => {
    const into = fills.get(x);
    if (!into) return x;
    const slotNames = new Set(x.entities.filter((e) => into.has(e.id)).map((e) => e.name));
    const renamed = renameEntities(x, into);
    // "Qatar's emir" is how the page named the office, no alias of the person or country that fills it.
    return { ...renamed, entities: renamed.entities.map((e) => ({ ...e, aliases: e.aliases.filter((a) => !slotNames.has(a)) })) };
  });
}
