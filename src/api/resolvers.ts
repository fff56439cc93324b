// The resolvers of schema.graphql, over the GraphStore interface only (so they run unchanged on
// the memory and the Neo4j store): lists come from filtered, paged store reads, and references
// (participants, places, articles) through the per-request batch loaders of ApiContext.
import type { Article, Entity, EntityKind, Evidence, EventFact, Holding, Participant } from '../model/index.js';
import { CAMEO_BY_KIND } from '../model/index.js';
import type { ApiContext } from './apiContext.js';
import { betweenSummits, type BetweenSummitsArgs } from './betweenSummits.js';
import { encounters, type EncountersArgs } from './encounters.js';
import { eventsQuery, type EventFilterInput } from './eventsQuery.js';
import { connectionOf, pageRequest } from './paging.js';
import { timeline, type TimelineArgs } from './timeline.js';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Source as served: one per source article, with its first supporting sentence. */
interface SourceValue {
  article: string;
  quote: string | null;
  sentence: number | null;
}

export type FieldResolver = (parent: never, args: never, ctx: ApiContext) => unknown;

export const resolvers: Record<string, Record<string, FieldResolver>> = {
  Query: {
    entity: (_: unknown, args: { name: string }, ctx: ApiContext) => ctx.store.entity(args.name),
    entities: async (_: unknown, args: PageArgs & { kind?: EntityKind | null; search?: string | null }, ctx: ApiContext) => {
      const page = pageRequest(args.first, args.after);
      return connectionOf(await ctx.store.entities({ ...page, ...(args.kind ? { kind: args.kind } : {}), ...(args.search ? { search: args.search } : {}) }));
    },
    events: async (_: unknown, args: PageArgs & { filter?: EventFilterInput | null }, ctx: ApiContext) => {
      const query = await eventsQuery(ctx.store, args.filter, pageRequest(args.first, args.after));
      return connectionOf(await ctx.store.events(query));
    },
    encounters: (_: unknown, args: EncountersArgs, ctx: ApiContext) => encounters(ctx, args),
    betweenSummits: (_: unknown, args: BetweenSummitsArgs, ctx: ApiContext) => betweenSummits(ctx, args),
    timeline: (_: unknown, args: TimelineArgs, ctx: ApiContext) => timeline(ctx, args),
    articles: async (_: unknown, args: PageArgs, ctx: ApiContext) => connectionOf(await ctx.store.articles(pageRequest(args.first, args.after))),
    article: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.articles.load(args.id),
    event: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.events.load(args.id),
    stats: (_: unknown, _args: unknown, ctx: ApiContext) => ctx.store.counts(),
  },
  Entity: {
    events: async (entity: Entity, args: PageArgs & { kinds?: EventFact['kind'][] | null }, ctx: ApiContext) => {
      const page = pageRequest(args.first, args.after);
      const where = entity.kind === 'PLACE' ? { place: entity.id } : { participants: [entity.id] };
      return connectionOf(await ctx.store.events({ ...page, ...where, ...(args.kinds ? { kinds: args.kinds } : {}) }));
    },
    holdings: (entity: Entity, _args: unknown, ctx: ApiContext) => ctx.store.holdings(entity.id),
  },
  Holding: {
    of: (holding: Holding, _args: unknown, ctx: ApiContext) => ctx.entities.load(holding.of),
  },
  Event: {
    place: (event: EventFact, _args: unknown, ctx: ApiContext) => (event.place === null ? null : ctx.entities.load(event.place)),
    cameo: (event: EventFact) => CAMEO_BY_KIND[event.kind],
    sources: (event: EventFact): SourceValue[] =>
      [...new Set(event.sources)].map((article) => {
        const first = event.evidence.filter((e) => e.article === article).sort((a, b) => a.sentence - b.sentence || a.start - b.start)[0];
        return { article, quote: first?.quote ?? null, sentence: first?.sentence ?? null };
      }),
  },
  Participant: {
    entity: (participant: Participant, _args: unknown, ctx: ApiContext) => ctx.entities.load(participant.entity),
  },
  Source: {
    article: (source: SourceValue, _args: unknown, ctx: ApiContext) => ctx.articles.load(source.article),
  },
  Evidence: {
    article: (evidence: Evidence, _args: unknown, ctx: ApiContext) => ctx.articles.load(evidence.article),
  },
  Article: {
    events: async (article: Article, args: PageArgs, ctx: ApiContext) => connectionOf(await ctx.store.events({ ...pageRequest(args.first, args.after), source: article.id })),
  },
};
