// The resolvers of schema.graphql, typed by the generated Resolvers (npm run codegen; mappers in
// codegen.ts), over the GraphStore interface only (so they run unchanged on the memory and the
// Neo4j store): lists come from filtered, paged store reads, and references (participants, places,
// articles) through the per-request DataLoaders of ApiContext. Every resolver honours the request's
// deadline (withDeadline).
import { CAMEO_BY_KIND } from '../model/index.js';
import { betweenSummits } from './betweenSummits.js';
import { encounters } from './encounters.js';
import { eventsQuery } from './eventsQuery.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { connectionOf, pageRequest } from './paging.js';
import { sourcesOf } from './sourcesOf.js';
import { timeline } from './timeline.js';
import { withDeadline } from './withDeadline.js';

const fieldResolvers: Resolvers = {
  Query: {
    entity: (_, args, ctx) => ctx.store.entity(args.name),
    entities: async (_, args, ctx) => {
      const page = pageRequest(args.first, args.after);
      return connectionOf(await ctx.store.entities({ ...page, ...(args.kind ? { kind: args.kind } : {}), ...(args.search ? { search: args.search } : {}) }));
    },
    events: async (_, args, ctx) => {
      const query = await eventsQuery(ctx.store, args.filter, pageRequest(args.first, args.after));
      return connectionOf(await ctx.store.events(query));
    },
    encounters: (_, args, ctx) => encounters(ctx, args),
    betweenSummits: (_, args, ctx) => betweenSummits(ctx, args),
    timeline: (_, args, ctx) => timeline(ctx, args),
    articles: async (_, args, ctx) => connectionOf(await ctx.store.articles(pageRequest(args.first, args.after))),
    article: (_, args, ctx) => ctx.articles.load(args.id),
    event: (_, args, ctx) => ctx.events.load(args.id),
    stats: (_, _args, ctx) => ctx.store.counts(),
  },
  Entity: {
    events: async (entity, args, ctx) => {
      const page = pageRequest(args.first, args.after);
      const where = entity.kind === 'PLACE' ? { place: entity.id } : { participants: [entity.id] };
      return connectionOf(await ctx.store.events({ ...page, ...where, ...(args.kinds ? { kinds: args.kinds } : {}) }));
    },
    holdings: (entity, _args, ctx) => ctx.store.holdings(entity.id),
  },
  Holding: {
    of: (holding, _args, ctx) => ctx.entities.load(holding.of),
  },
  Event: {
    place: (event, _args, ctx) => (event.place === null ? null : ctx.entities.load(event.place)),
    cameo: (event) => CAMEO_BY_KIND[event.kind],
    sources: (event) => sourcesOf(event),
  },
  Participant: {
    entity: async (participant, _args, ctx) => {
      const entity = await ctx.entities.load(participant.entity);
      if (!entity) throw new Error(`Participant ${participant.entity} is no entity of the store`);
      return entity;
    },
  },
  Source: {
    article: async (source, _args, ctx) => {
      const article = await ctx.articles.load(source.article);
      if (!article) throw new Error(`Source ${source.article} is no article of the store`);
      return article;
    },
  },
  Evidence: {
    article: (evidence, _args, ctx) => ctx.articles.load(evidence.article),
  },
  Article: {
    events: async (article, args, ctx) => connectionOf(await ctx.store.events({ ...pageRequest(args.first, args.after), source: article.id })),
  },
};

export const resolvers: Resolvers = withDeadline(fieldResolvers);
