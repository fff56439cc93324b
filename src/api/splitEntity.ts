// splitEntity: one alias of an entity names another thing ("Un" taken for the United Nations).
// One GraphChange, with its audit entry: a new entity of the same kind named after the alias (id:
// the entity's id prefix and the alias's slug; BAD_USER_INPUT when that id exists, merge then);
// the alias leaves the entity; a participant link of the entity moves to the new entity when one of
// its evidence quotes names the alias and none names the entity's name or other aliases (as whole
// words, case-insensitive); the place of an event moves by the same test on the event's evidence.
// Roles stay with the entity.
//
//   splitEntity(store, { actor: 'alice', at: '2026-01-01T00:00:00.000Z' }, { entity: 'Kim Jong Un', alias: 'Un' }) -> { entities: [Kim Jong Un, Un], events: [...moved], audit }
import type { Entity, Evidence } from '../model/index.js';
import { slug } from '../extract/entities/slug.js';
import type { GraphStore } from '../store/graphStore.js';
import { nameKey } from '../store/nameKey.js';
import { auditEntry, type Editor } from './auditEntry.js';
import { underEditLock } from './editLock.js';
import type { EditResult } from './editResult.js';
import { eventsReferencing, replaceEntity } from './entityEdits.js';
import type { MutationSplitEntityArgs } from './generated/resolvers-types.js';
import { requireEntity } from './requireEntity.js';
import { badUserInput } from './userErrors.js';

export function splitEntity(store: GraphStore, editor: Editor, args: MutationSplitEntityArgs): Promise<EditResult> {
  return underEditLock(store, async () => {
    const entity = await requireEntity(store, args.entity);
    const alias = entity.aliases.find((a) => nameKey(a) === nameKey(args.alias));
    if (alias === undefined) throw badUserInput(`"${args.alias}" is no alias of ${entity.name} (${entity.id}); its aliases: ${entity.aliases.map((a) => `"${a}"`).join(', ') || 'none'}`);
    if (slug(alias) === '') throw badUserInput(`"${alias}" gives no id: it has no letter or digit`);
    const id = `${entity.id.slice(0, entity.id.indexOf(':') + 1)}${slug(alias)}`;
    if ((await store.entitiesByIds([id])).length > 0) throw badUserInput(`${id} already exists: use mergeEntities or splitEntity on it instead`);

    const created: Entity = { id, kind: entity.kind, name: alias, aliases: [] };
    const remaining: Entity = { ...entity, aliases: entity.aliases.filter((a) => a !== alias) };
    const others = [remaining.name, ...remaining.aliases];
    const namesAlias = (evidence: Evidence[]): boolean => evidence.some((e) => mentions(e.quote, alias)) && !evidence.some((e) => others.some((name) => mentions(e.quote, name)));

    const events = (await eventsReferencing(store, entity.id))
      .map((event) => ({ before: event, after: replaceEntity(event, entity.id, id, (link) => namesAlias(link.evidence), namesAlias(event.evidence)) }))
      .filter(({ before, after }) => JSON.stringify(before) !== JSON.stringify(after))
      .map(({ after }) => after);
    const audit = await auditEntry(store, editor, 'SPLIT_ENTITY', { entity: entity.id, alias, created: id, events: events.map((e) => e.id) });
    await store.write({ articles: [], entities: [remaining, created], holdings: [], events, removeEvents: [], audit: [audit] });
    return { entities: [remaining, created], events, audit };
  });
}

/** Whether the text names `name` as whole words, case-insensitive. */
function mentions(text: string, name: string): boolean {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
  return escaped !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
