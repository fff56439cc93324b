// path: the shortest connection between two entities (names, aliases or ids) through shared
// events, from store.path(); maxHops 4 by default, 1 to 6 allowed (BAD_USER_INPUT otherwise);
// null when there is none within maxHops.
//
//   pathBetween(ctx, { from: 'Pompeo', to: 'Xi' })
//     -> { hops: 2, steps: [{ entity: 'person:mike-pompeo', event: 'event:visit-pompeo-october' },
//                           { entity: 'person:kim-jong-un', event: 'event:visit-kim-beijing' },
//                           { entity: 'person:xi-jinping', event: null }] }
import type { PathStep } from '../store/graphStore.js';
import type { ApiContext } from './apiContext.js';
import type { QueryPathArgs } from './generated/resolvers-types.js';
import { requireEntity } from './requireEntity.js';
import { badUserInput } from './userErrors.js';

export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 6;

/** What the Path type is resolved from. */
export interface PathValue {
  hops: number;
  steps: PathStep[];
}

export async function pathBetween(ctx: ApiContext, args: QueryPathArgs): Promise<PathValue | null> {
  const maxHops = args.maxHops ?? DEFAULT_MAX_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw badUserInput(`maxHops must be between 1 and ${MAX_HOPS}, got ${maxHops}`);
  const [from, to] = await Promise.all([requireEntity(ctx.store, args.from), requireEntity(ctx.store, args.to)]);
  const steps = await ctx.store.path(from.id, to.id, maxHops);
  return steps === null ? null : { hops: steps.length - 1, steps };
}
