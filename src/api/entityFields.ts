// The fields of the concrete entity types (Person, Country, Organization, Place): every one has
// the fields of the Entity interface (events, holdings); Person adds roles and encounters.
// GraphQL does not hand an interface's resolvers to its types, so resolvers.ts gives each type these.
import type { Holding } from '../model/index.js';
import { encountersOf } from './encounters.js';
import { emptyPage, windowBounds } from './eventsQuery.js';
import type { PersonResolvers } from './generated/resolvers-types.js';
import { overlaps } from './interval.js';
import { connectionOf, pageRequest } from './paging.js';
import { dateWindow, timeWindow } from './timeWindow.js';

type EntityFieldResolvers = Required<Pick<PersonResolvers, 'events' | 'holdings'>>;

/** The fields every entity type shares. */
export const entityFields: EntityFieldResolvers = {
  events: async (entity, args, ctx) => {
    const page = pageRequest(args.first, args.after);
    const bounds = windowBounds(await timeWindow(ctx.store, args.window), args.relation);
    if (bounds === null) return connectionOf(emptyPage(page));
    return connectionOf(await ctx.store.events({
      ...page,
      ...(entity.kind === 'PLACE' ? { place: entity.id } : { participants: [entity.id] }),
      ...(args.kinds ? { kinds: args.kinds } : {}),
      ...(args.status ? { status: args.status } : {}),
      ...bounds,
      order: args.order,
    }));
  },
  holdings: (entity, _args, ctx) => ctx.store.holdings(entity.id),
};

/** Person: the Entity fields, its roles (optionally those held at a date) and its encounters. */
export const personFields: Required<Pick<PersonResolvers, 'events' | 'holdings' | 'roles' | 'encounters'>> = {
  ...entityFields,
  roles: async (person, args, ctx) => {
    const holdings = await ctx.store.holdings(person.id);
    if (args.at === null || args.at === undefined) return holdings;
    const window = dateWindow(args.at, args.at);
    return holdings.filter((h: Holding) => overlaps({ start: h.from, end: h.to }, window));
  },
  encounters: async (person, args, ctx) => encountersOf(ctx, person.id, await timeWindow(ctx.store, args.window), args.certainty, args.media),
};
