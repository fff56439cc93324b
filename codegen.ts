// GraphQL Code Generator: the resolver types of schema.graphql, generated into
// src/api/generated/resolvers-types.ts (committed; `npm run codegen` rewrites it, and
// tests/api.codegen.test.ts fails when the committed file differs from a fresh generation).
// Mappers say which model value each GraphQL type is resolved from (an Event from an EventFact,
// whose `place` is an entity id), so a resolver must turn ids into objects where the model has ids.
// Every concrete entity type (Person...) maps to the model Entity, every concrete event type
// (Summit...) to the model EventFact.
import type { CodegenConfig } from '@graphql-codegen/cli';

export const RESOLVER_TYPES_FILE = 'src/api/generated/resolvers-types.ts';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  silent: true,
  generates: {
    [RESOLVER_TYPES_FILE]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        contextType: '../apiContext.js#ApiContext',
        mappers: {
          Article: '../../model/index.js#Article as ArticleModel',
          Entity: '../../model/index.js#Entity as EntityModel',
          ...Object.fromEntries(['Person', 'Country', 'Organization', 'Place'].map((type) => [type, '../../model/index.js#Entity as EntityModel'])),
          Event: '../../model/index.js#EventFact as EventModel',
          ...Object.fromEntries(['Summit', 'Meeting', 'Talks', 'Letter', 'Sanction', 'Visit', 'WeaponsTest', 'Statement'].map((type) => [type, '../../model/index.js#EventFact as EventModel'])),
          Evidence: '../../model/index.js#Evidence as EvidenceModel',
          TimeSpan: '../../model/index.js#TimeSpan as TimeSpanModel',
          Holding: '../../model/index.js#Holding as HoldingModel',
          Participant: '../../model/index.js#Participant as ParticipantModel',
          StatusChange: '../../model/index.js#StatusChange as StatusChangeModel',
          Source: '../sourcesOf.js#SourceValue as SourceModel',
          Encounter: '../encounter.js#Encounter as EncounterModel',
          SummitGap: '../summitGap.js#SummitGap as SummitGapModel',
          Stats: '../../store/graphStore.js#GraphStats as StatsModel',
          Path: '../pathBetween.js#PathValue as PathModel',
          PathStep: '../../store/graphStore.js#PathStep as PathStepModel',
          SearchHit: '../../store/graphStore.js#SearchHit as SearchHitModel',
          AuditEntry: '../../store/graphStore.js#AuditEntry as AuditEntryModel',
          IngestResult: '../ingestArticles.js#IngestResult as IngestResultModel',
          EditResult: '../editResult.js#EditResult as EditResultModel',
          SkippedArticle: '../../model/index.js#Skipped as SkippedModel',
          EventMention: '../../model/index.js#EventMention as EventMentionModel',
        },
      },
    },
  },
};

export default config;
