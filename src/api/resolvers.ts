// The resolvers of schema.graphql, typed by the generated Resolvers (npm run codegen; mappers in
// codegen.ts), over the GraphStore interface only (so they run unchanged on the memory and the
// Neo4j store): lists come from filtered, paged store reads, and references (participants, places,
// articles, search hits, path steps) through the per-request DataLoaders of ApiContext. The Entity
// and Event interfaces resolve to one concrete type per kind (concreteType.ts), each given the
// interface's field resolvers (GraphQL does not inherit them). Mutations need a writer
// (apiAccess.ts). Every resolver honours the request's deadline (withDeadline); the fields that do
// work are computed once per request and take fair turns (costlyFields).
import { timexType, type Entity, type EventFact } from '../model/index.js';
import { requireWriter } from './apiAccess.js';
import type { ApiContext } from './apiContext.js';
import type { Editor } from './auditEntry.js';
import { betweenSummits } from './betweenSummits.js';
import { entityType, eventType, recordType } from './concreteType.js';
import { encounters } from './encounters.js';
import { entityFields, personFields } from './entityFields.js';
import { eventFields, letterFields, sanctionFields, visitFields } from './eventFields.js';
import { findEntity } from './findEntity.js';
import { emptyPage, eventsQuery } from './eventsQuery.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { statsFields } from './statsFields.js';
import { ingestArticles } from './ingestArticles.js';
import { articleMentions } from './articleMentions.js';
import { mentionFields } from './mentionFields.js';
import { mergeEntities } from './mergeEntities.js';
import { connectionOf, MAX_PAGE_SIZE, pageRequest } from './paging.js';
import { pathBetween } from './pathBetween.js';
import { splitEntity } from './splitEntity.js';
import { timeline } from './timeline.js';
import { badUserInput } from './userErrors.js';
import { withDeadline } from './withDeadline.js';
import { buildSchema } from 'graphql';
import { apiTypeDefs } from './apiTypeDefs.js';
import { costlyFields } from './costlyFields.js';

const DEFAULT_SEARCH_HITS = 20;

/** The token label and the time of a mutation; FORBIDDEN or UNAUTHENTICATED when the request may not write. */
const editor = (ctx: ApiContext): Editor => ({ actor: requireWriter(ctx.access), at: ctx.now() });

const fieldResolvers: Resolvers = {
  Query: {
    entity: (_, args, ctx) => findEntity(ctx.store, args.name),
    entities: async (_, args, ctx) => {
      const page = pageRequest(args.first, args.after);
      return connectionOf(await ctx.store.entities({ ...page, ...(args.kind ? { kind: args.kind } : {}), ...(args.search ? { search: args.search } : {}) }));
    },
    events: async (_, args, ctx) => {
      const page = pageRequest(args.first, args.after);
      const query = await eventsQuery(ctx.store, args.filter, page, args.order);
      return connectionOf(query === null ? emptyPage<EventFact>(page) : await ctx.store.events(query));
    },
    encounters: (_, args, ctx) => encounters(ctx, args),
    betweenSummits: (_, args, ctx) => betweenSummits(ctx, args),
    timeline: (_, args, ctx) => timeline(ctx, args),
    articles: async (_, args, ctx) => connectionOf(await ctx.store.articles(pageRequest(args.first, args.after))),
    article: (_, args, ctx) => ctx.articles.load(args.id),
    event: (_, args, ctx) => ctx.events.load(args.id),
    stats: (_, _args, ctx) => ctx.store.stats(),
    path: (_, args, ctx) => pathBetween(ctx, args),
    search: (_, args, ctx) => {
      const first = args.first ?? DEFAULT_SEARCH_HITS;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
      return ctx.store.search(args.text, first);
    },
    auditLog: async (_, args, ctx) => connectionOf(await ctx.store.auditLog(pageRequest(args.first, args.after))),
  },
  Mutation: {
    ingestArticles: (_, args, ctx) => ingestArticles(ctx.store, editor(ctx), args.articles),
    mergeEntities: (_, args, ctx) => mergeEntities(ctx.store, editor(ctx), args),
    splitEntity: (_, args, ctx) => splitEntity(ctx.store, editor(ctx), args),
  },
  Entity: { __resolveType: (entity) => entityType(entity.kind) },
  Person: personFields,
  Country: entityFields,
  Organization: entityFields,
  Place: entityFields,
  Holding: {
    of: (holding, _args, ctx) => ctx.entities.load(holding.of),
  },
  Event: { __resolveType: (event) => eventType(event.kind) },
  Summit: eventFields,
  Meeting: eventFields,
  Talks: eventFields,
  Letter: { ...eventFields, ...letterFields },
  Sanction: { ...eventFields, ...sanctionFields },
  Visit: { ...eventFields, ...visitFields },
  WeaponsTest: eventFields,
  Statement: eventFields,
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
  // Spans stored before TIMEX3 types were recorded, and publication days, get theirs from the value.
  TimeSpan: { type: (span) => timexType(span) },
  Article: {
    photographers: (article) => article.photographers ?? [],
    events: async (article, args, ctx) => connectionOf(await ctx.store.events({ ...pageRequest(args.first, args.after), source: article.id })),
    mentions: (article, _args, ctx) => articleMentions(ctx, article),
  },
  EventMention: mentionFields,
  Stats: statsFields,
  PathStep: {
    entity: async (step, _args, ctx) => {
      const entity = await ctx.entities.load(step.entity);
      if (!entity) throw new Error(`Path step ${step.entity} is no entity of the store`);
      return entity;
    },
    via: (step, _args, ctx) => (step.event === null ? null : ctx.events.load(step.event)),
  },
  SearchHit: {
    node: async (hit, _args, ctx) => {
      const record: Entity | EventFact | null = hit.type === 'ENTITY' ? await ctx.entities.load(hit.id) : await ctx.events.load(hit.id);
      if (!record) throw new Error(`Search hit ${hit.id} is no ${hit.type.toLowerCase()} of the store`);
      return record;
    },
  },
  SearchResult: { __resolveType: (record) => recordType(record) },
};

export const resolvers: Resolvers = withDeadline(costlyFields(fieldResolvers, buildSchema(apiTypeDefs())));
