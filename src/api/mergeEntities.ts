// mergeEntities: `drop` is the same thing as `keep` (same kind). One GraphChange, with its audit
// entry: every event referencing `drop` (participant or place) gets `keep` instead; the roles
// `drop` held move to `keep`, and so do the roles held in `drop` (a country or organization);
// the name and aliases of `drop` become aliases of `keep`; `drop` is removed.
//
//   mergeEntities(store, { actor: 'alice', at: '2026-01-01T00:00:00.000Z' }, { keep: 'Kim Jong Un', drop: 'Kim Jong-il' }) -> { entities: [Kim Jong Un], events: [...], audit }
import type { Entity, Holding } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { nameKey } from '../store/nameKey.js';
import { auditEntry, type Editor } from './auditEntry.js';
import { underEditLock } from './editLock.js';
import type { EditResult } from './editResult.js';
import { eventsReferencing, replaceEntity } from './entityEdits.js';
import type { MutationMergeEntitiesArgs } from './generated/resolvers-types.js';
import { requireEntity } from './requireEntity.js';
import { badUserInput } from './userErrors.js';

/** People read per store call when looking for the roles held in a merged country or organization. */
const PEOPLE_PAGE = 500;

export function mergeEntities(store: GraphStore, editor: Editor, args: MutationMergeEntitiesArgs): Promise<EditResult> {
  return underEditLock(store, async () => {
    const [keep, drop] = await Promise.all([requireEntity(store, args.keep), requireEntity(store, args.drop)]);
    if (keep.id === drop.id) throw badUserInput(`"${args.keep}" and "${args.drop}" are one entity (${keep.id}): nothing to merge`);
    if (keep.kind !== drop.kind) throw badUserInput(`Cannot merge ${drop.name} (${drop.kind}) into ${keep.name} (${keep.kind}): entities of different kinds`);

    const events = (await eventsReferencing(store, drop.id)).map((event) => replaceEntity(event, drop.id, keep.id));
    const holdings = (await holdingsOf(store, drop)).map((h): Holding => ({ ...h, person: h.person === drop.id ? keep.id : h.person, of: h.of === drop.id ? keep.id : h.of }));
    const kept: Entity = { ...keep, aliases: mergedAliases(keep, drop) };
    const audit = await auditEntry(store, editor, 'MERGE_ENTITIES', {
      keep: keep.id, drop: drop.id, aliasesAdded: kept.aliases.filter((a) => !keep.aliases.includes(a)), events: events.map((e) => e.id), holdings: holdings.length,
    });
    await store.write({ articles: [], entities: [kept], holdings, events, removeEvents: [], removeEntities: [drop.id], audit: [audit] });
    return { entities: [kept], events, audit };
  });
}

/** keep's aliases, then drop's name and aliases, each name once (as nameKey), keep's name left out. */
function mergedAliases(keep: Entity, drop: Entity): string[] {
  const seen = new Set([nameKey(keep.name)]);
  const aliases: string[] = [];
  for (const alias of [...keep.aliases, drop.name, ...drop.aliases]) {
    if (seen.has(nameKey(alias))) continue;
    seen.add(nameKey(alias));
    aliases.push(alias);
  }
  return aliases;
}

/** The roles drop holds (a person) or that are held in drop (a country or organization: every person's roles are read). */
async function holdingsOf(store: GraphStore, drop: Entity): Promise<Holding[]> {
  if (drop.kind === 'PERSON') return store.holdings(drop.id);
  if (drop.kind === 'PLACE') return [];
  const held: Holding[] = [];
  for (let offset = 0; ; offset += PEOPLE_PAGE) {
    const people = await store.entities({ kind: 'PERSON', first: PEOPLE_PAGE, offset });
    for (const person of people.items) held.push(...(await store.holdings(person.id)).filter((h) => h.of === drop.id));
    if (!people.hasNextPage || people.items.length === 0) return held;
  }
}
