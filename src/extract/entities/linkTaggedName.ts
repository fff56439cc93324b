// A name the learned tagger found, as an entity mention. A name the gazetteer knows is its entry,
// whatever kind the tagger guessed ("KIM JONG UN" in a headline tagged ORG is still the person); a
// capital is marked as the gazetteer marks it, for capitalsAsPlaces to read in context (unless the
// tagger saw a person: "Washington" the player). Other names get a stable new id: PER -> PERSON
// (or PLACE / ORGANIZATION when the name ends or opens with a word no person's name does, "Russky
// Island", "Air Koryo Airlines", "Hotel Mulia"), ORG -> ORGANIZATION, LOC -> PLACE. MISC (nationalities, events,
// products) is no entity kind of ours: null.
// A new person's id is made by personSlug, so spellings of one name meet ("Sergey"/"Sergei").
// Example: { text: 'Gazprom', type: 'ORG' } -> ORGANIZATION organization:gazprom, by entities/tagger;
//   { text: 'Ivan Petrov', type: 'PER' } -> PERSON person:ivan-petrov.
import type { EntityKind, EntityMention } from '../../model/index.js';
import type { NameSpan } from '../nlp/tagNames.js';
import type { TrimmedName } from './trimName.js';
import { GAZETTEER_BY } from './extractGazetteerEntities.js';
import { nameCues } from './nameCues.js';
import { personSlug } from './personKey.js';
import { aliasKey, slug } from './slug.js';
import { surfaceIndex } from './surfaceIndex.js';

export const TAGGER_BY = 'entities/tagger';

const NEW_KIND: Record<string, EntityKind> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'PLACE' };

export function linkTaggedName(span: TrimmedName): EntityMention | null {
  if (!NEW_KIND[span.type]) return null;
  const base = { start: span.start, end: span.end, text: span.text, ...(span.title && kindOf(span) === 'PERSON' ? { title: span.title } : {}) };
  const surfaces = surfaceIndex().byKey.get(aliasKey(span.text)) ?? [];
  const known = surfaces.find((s) => s.role === 'name')?.entries;
  if (known) {
    const entry = known.find((e) => e.kind === kindOf(span)) ?? known[0]!;
    return { ...base, kind: entry.kind, id: entry.id, name: entry.name, by: TAGGER_BY };
  }
  const capital = surfaces.find((s) => s.role === 'capital')?.entries[0];
  if (capital && span.type !== 'PER') return { ...base, kind: capital.kind, id: capital.id, name: capital.name, by: GAZETTEER_BY.capital };
  const kind = kindOf(span);
  const name = span.text.replace(/\s+/g, ' ');
  const key = kind === 'PERSON' ? personSlug(name) : slug(name);
  return { ...base, kind, id: `${kind.toLowerCase()}:${key}`, name, by: TAGGER_BY };
}

function kindOf(span: NameSpan): EntityKind {
  if (span.type !== 'PER') return NEW_KIND[span.type]!;
  const words = span.text.toLowerCase().split(/\s+/);
  const [first, last] = [words[0]!, words[words.length - 1]!];
  const { nameHeads: heads, nameOpeners: openers } = nameCues();
  if (words.length > 1 && openers.PLACE.includes(first)) return 'PLACE';
  if (words.length > 1 && openers.ORGANIZATION.includes(first)) return 'ORGANIZATION';
  return heads.PLACE.includes(last) ? 'PLACE' : heads.ORGANIZATION.includes(last) ? 'ORGANIZATION' : 'PERSON';
}
