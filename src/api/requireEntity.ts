// Looks an entity up by id, name or alias for a resolver argument (findEntity: the spellings of a
// person's name fold); NOT_FOUND names the argument's value, BAD_USER_INPUT a node of another kind.
import type { Entity, EntityKind } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { findEntity } from './findEntity.js';
import { badUserInput, notFound } from './userErrors.js';

export async function requireEntity(store: GraphStore, name: string, kind?: EntityKind): Promise<Entity> {
  const entity = await findEntity(store, name, kind);
  const what = kind === undefined ? 'entity' : kind.toLowerCase();
  if (!entity) throw notFound(`No ${what} named "${name}"`);
  if (kind !== undefined && entity.kind !== kind) throw badUserInput(`"${name}" is ${entity.name} (${entity.kind}), not a ${what}`);
  return entity;
}
