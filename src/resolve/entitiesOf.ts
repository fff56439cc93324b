// The entities and office terms a resolved batch writes: every entity its articles name, with the
// aliases the store already holds merged in; the gazetteer's dated terms of office (HOLDS) of the
// people named; and the countries those offices belong to, so HOLDS edges have both ends.
//
//   await entitiesOf(extractions, store) -> { entities: [...sorted by id], holdings: [...] }
import type { Entity, Holding } from '../model/index.js';
import { gazetteer } from '../extract/entities/gazetteer.js';
import type { ArticleExtraction } from '../extract/pipeline.js';
import type { GraphStore } from '../store/graphStore.js';

export async function entitiesOf(extractions: readonly ArticleExtraction[], store: GraphStore): Promise<{ entities: Entity[]; holdings: Holding[] }> {
  const named = extractions.flatMap((x) => x.entities);
  const holdings = holdingsOf(named);
  return { entities: await mergeEntities([...named, ...countriesOf(holdings)], store), holdings };
}

async function mergeEntities(found: Entity[], store: GraphStore): Promise<Entity[]> {
  const byId = new Map<string, Entity>();
  for (const e of [...(await store.entitiesByIds([...new Set(found.map((f) => f.id))])), ...found]) {
    const had = byId.get(e.id);
    byId.set(e.id, had ? { ...had, aliases: [...new Set([...had.aliases, ...e.aliases])].sort() } : { ...e, aliases: [...e.aliases].sort() });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function countriesOf(holdings: Holding[]): Entity[] {
  const g = gazetteer();
  return [...new Set(holdings.map((h) => h.of))].map((id) => {
    const e = g.byId.get(id)!;
    return { id, kind: e.kind, name: e.name, aliases: e.aliases.filter((a) => a !== e.name) };
  });
}

function holdingsOf(entities: Entity[]): Holding[] {
  const people = new Set(entities.filter((e) => e.kind === 'PERSON').map((e) => e.id));
  return gazetteer().holdings.filter((h) => people.has(h.person));
}
