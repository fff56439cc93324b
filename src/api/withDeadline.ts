// Wraps every resolver of a Resolvers map so it honours the request's deadline (ApiContext.deadline):
// a resolver called after the deadline throws TIMEOUT without running, and a resolver's promise
// loses the race against the deadline. Fields without a resolver only read a property: no guard needed.
// Mutations only check the deadline before they start: once a change is being written, the client
// gets its outcome rather than a TIMEOUT that would hide a write that still happens. Type resolvers
// (__resolveType) are left as they are.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from './apiContext.js';
import type { Resolvers } from './generated/resolvers-types.js';

type AnyResolver = (parent: unknown, args: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;

export function withDeadline(resolvers: Resolvers): Resolvers {
  const guarded: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
    guarded[typeName] = Object.fromEntries(
      Object.entries(fields).map(([name, resolve]) => [name, typeof resolve === 'function' && !name.startsWith('__') ? guard(resolve as AnyResolver, typeName !== 'Mutation') : resolve]),
    );
  }
  return guarded as Resolvers;
}

function guard(resolve: AnyResolver, race: boolean): AnyResolver {
  return (parent, args, ctx, info) => {
    ctx.deadline.check();
    const result = resolve(parent, args, ctx, info);
    return race && result instanceof Promise ? ctx.deadline.race(result) : result;
  };
}
