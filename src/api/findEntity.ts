// Looks an entity up by id, name or alias (GraphStore.entity), and failing that, or when a person
// is wanted and the name is some other node's, by the person id the name makes: ids fold the
// spellings of one name ("Mohammad", "Muhammad" and "Mohammed Faisal" are all person:mohammed-faisal),
// and a person's whole name the tagger once took for an organisation may name that node too.
//
//   await findEntity(store, 'Mohammad Faisal')              -> person:mohammed-faisal ("Muhammad Faisal")
//   await findEntity(store, 'Leo Varadkar', 'PERSON')        -> person:leo-varadkar, not organization:leo-varadkar
import { personSlug } from '../extract/entities/personKey.js';
import type { Entity, EntityKind } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';

export async function findEntity(store: GraphStore, name: string, kind?: EntityKind): Promise<Entity | null> {
  const found = await store.entity(name);
  if (found && (kind === undefined || found.kind === kind)) return found;
  if (kind !== undefined && kind !== 'PERSON') return found;
  const key = personSlug(name);
  const person = key === '' ? null : await store.entity(`person:${key}`);
  return person ?? found;
}
