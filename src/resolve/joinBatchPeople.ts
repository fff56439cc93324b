// The batch's people joined to the nodes they are (issue 16) before anything else in resolve, so
// events and dating see one id per person: joinPeople over the batch's people and the stored
// people that share a word of their names. Those are found through the store's name search, one
// query per distinct name word of the batch, so the cost follows the batch, not the store (issue
// 14); a stored misspelling that shares no whole word ("Jaitely" for "Jaitley") is not found this
// way, only within a batch.
//
//   const joined = await joinBatchPeople(extractions, store);  // 'Ana Ruiz' -> person:ana-ruiz-vega if stored
import type { Entity } from '../model/index.js';
import { gazetteer } from '../extract/entities/gazetteer.js';
import { personWords } from '../extract/entities/personKey.js';
import type { ArticleExtraction } from '../extract/pipeline.js';
import type { GraphStore } from '../store/graphStore.js';
import { joinPeople } from './joinPeople.js';
import { renameEntities } from './renameEntities.js';

/** Stored people looked at per name word: a common surname may match many; the join needs exactly one anyway. */
const PER_WORD = 20;

export async function joinBatchPeople(extractions: readonly ArticleExtraction[], store: GraphStore): Promise<ArticleExtraction[]> {
  const people = extractions.flatMap((x) => x.entities.filter((e) => e.kind === 'PERSON'));
  if (people.length === 0) return [...extractions];
  const words = [...new Set(people.flatMap((p) => personWords(p.name)).filter((w) => w.length >= 3))];
  const ids = new Set<string>();
  for (const word of words) {
    for (const hit of await store.search(word, PER_WORD)) if (hit.type === 'ENTITY' && hit.id.startsWith('person:')) ids.add(hit.id);
  }
  const stored: Entity[] = ids.size > 0 ? (await store.entitiesByIds([...ids])).filter((e) => e.kind === 'PERSON') : [];
  const into = joinPeople(people, stored, (id) => gazetteer().byId.has(id));
  return into.size === 0 ? [...extractions] : extractions.map((x) => renameEntities(x, into));
}
