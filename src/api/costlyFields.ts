// Wraps the resolvers of the fields that do work (fieldCosts.ts) so that within one request the
// same field with the same arguments on the same parent is computed once (aliases of one field share
// the answer), and so that each such field waits for its request's fair turn (fairTurns.ts) before
// it starts: a request of many costly fields lets other requests in between its fields. Mutations
// and type resolvers are left as they are.
//
//   const resolvers = costlyFields(fieldResolvers, apiSchema());
import { isCompositeType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { ApiContext } from './apiContext.js';
import { fieldCost } from './fieldCosts.js';
import type { Resolvers } from './generated/resolvers-types.js';

type AnyResolver = (parent: unknown, args: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;

export function costlyFields(resolvers: Resolvers, schema: GraphQLSchema): Resolvers {
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
    const type = schema.getType(typeName);
    wrapped[typeName] = Object.fromEntries(
      Object.entries(fields).map(([name, resolve]) => {
        const costly = typeName !== 'Mutation' && typeof resolve === 'function' && !name.startsWith('__') && type && isCompositeType(type) && fieldCost(type, name) > 0;
        return [name, costly ? once(resolve as AnyResolver) : resolve];
      }),
    );
  }
  return wrapped as Resolvers;
}

function once(resolve: AnyResolver): AnyResolver {
  return (parent, args, ctx, info) => {
    const key = `${info.parentType.name}.${info.fieldName}|${parentKey(parent)}|${JSON.stringify(args)}`;
    let answer = ctx.memo.get(key);
    if (!answer) {
      answer = ctx.turns.take(ctx, ctx.cost).then(() => resolve(parent, args, ctx, info));
      ctx.memo.set(key, answer);
    }
    return answer;
  };
}

const objectKeys = new WeakMap<object, number>();
let nextObjectKey = 0;

/** A record's id, or for other parents (the root, a summit gap) the object itself. */
function parentKey(parent: unknown): string {
  if (parent === null || typeof parent !== 'object') return 'root';
  const id = (parent as { id?: unknown }).id;
  if (typeof id === 'string') return `id:${id}`;
  let key = objectKeys.get(parent);
  if (key === undefined) objectKeys.set(parent, (key = nextObjectKey++));
  return `object:${key}`;
}
