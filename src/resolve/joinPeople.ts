// Across articles, one person written two ways is one node (issue 16): a new person whose name is
// a shorter form or a misspelling (nameVariants) of exactly one other person's, in the batch or in
// the store, is that person. Within an article linkPartialNames already did this; ids
// (personKey) fold what needs no comparison. Which node stays: one the gazetteer knows, else one
// the store holds, else the fuller name, else the spelling more of the batch's articles use; two
// known people are never joined, and a name that can be a form of several people joins none.
// Example: batch names 'Ana Ruiz' (article 1) and 'Ana Ruiz Vega' (article 2), store is empty ->
//   Map { 'person:ana-ruiz' => { id: 'person:ana-ruiz-vega', name: 'Ana Ruiz Vega', ... } }
import type { Entity } from '../model/index.js';
import { personWords, writtenPersonWords } from '../extract/entities/personKey.js';
import { isMisspelling, isShorterForm } from './nameVariants.js';

interface Candidate {
  entity: Entity;
  words: string[];
  /** The words as written, for misspellings (a slip may make another transliteration's spelling). */
  written: string[];
  known: boolean;
  stored: boolean;
  /** How many of the batch's articles name it. */
  articles: number;
}

/** Which node of the two stays, or null when neither may give way. */
function keeper(a: Candidate, b: Candidate): Candidate | null {
  if (a.known !== b.known) return a.known ? a : b;
  if (a.known) return null;
  if (a.stored !== b.stored) return a.stored ? a : b;
  if (a.stored) return null;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length ? a : b;
  if (a.articles !== b.articles) return a.articles > b.articles ? a : b;
  return a.entity.id < b.entity.id ? a : b;
}

function variants(a: Candidate, b: Candidate): boolean {
  return isShorterForm(a.words, b.words) || isShorterForm(b.words, a.words) || isMisspelling(a.words, b.words) || isMisspelling(a.written, b.written);
}

/**
 * The batch's people that are another node, each with the node it is. `batch` holds each
 * article's entities (an entity once per article naming it), `stored` the store's people.
 */
export function joinPeople(batch: readonly Entity[], stored: readonly Entity[], isKnown: (id: string) => boolean): Map<string, Entity> {
  const byId = new Map<string, Candidate>();
  const add = (entity: Entity, isStored: boolean) => {
    if (entity.kind !== 'PERSON') return;
    const had = byId.get(entity.id);
    if (had && !isStored) had.articles++;
    else byId.set(entity.id, { entity, words: personWords(entity.name), written: writtenPersonWords(entity.name), known: isKnown(entity.id), stored: isStored, articles: (had?.articles ?? 0) + (isStored ? 0 : 1) });
  };
  for (const e of batch) add(e, false);
  for (const e of stored) add(e, true);
  const all = [...byId.values()];
  const batchIds = new Set(batch.map((e) => e.id));

  const into = new Map<string, Entity>();
  for (const c of all) {
    if (!batchIds.has(c.entity.id) || c.known || c.stored) continue;
    const keepers = new Map<string, Entity>();
    for (const other of all) {
      if (other === c || !variants(c, other)) continue;
      const keep = keeper(c, other);
      if (keep === other) keepers.set(other.entity.id, other.entity);
      else if (keep === c) keepers.set(c.entity.id, c.entity);
    }
    // It may only give way to one node, and only when no other node would give way to it.
    if (keepers.size === 1 && !keepers.has(c.entity.id)) into.set(c.entity.id, [...keepers.values()][0]!);
  }
  // A node that gave way to one that itself gave way goes where that one went.
  for (const [id, target] of into) {
    let end = target;
    for (let seen = new Set([id]); into.has(end.id) && !seen.has(end.id); seen.add(end.id)) end = into.get(end.id)!;
    into.set(id, end);
  }
  return into;
}
