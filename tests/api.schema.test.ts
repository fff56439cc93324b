// schema.graphql as a contract: every name of the core schema (as of issue 5's start) is still
// there, every type, field, argument, enum value and input field is described, and the interfaces
// have one concrete type per kind, each with every field of its interface.
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../src/api/apiSchema.js';
import { ENTITY_KINDS, EVENT_KINDS } from '../src/model/index.js';
import { entityType, eventType } from '../src/api/concreteType.js';

/** The core schema's names (types and their fields or values) before issue 5. */
const CORE: Record<string, string[]> = {
  Query: ['entity', 'entities', 'events', 'encounters', 'betweenSummits', 'timeline', 'articles', 'article', 'event', 'stats'],
  EntityKind: ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE'],
  EventKind: ['SUMMIT', 'MEETING', 'TALKS', 'LETTER', 'SANCTION', 'VISIT', 'WEAPONS_TEST', 'STATEMENT'],
  EventStatus: ['PLANNED', 'OCCURRED', 'CANCELLED', 'POSTPONED'],
  Certainty: ['DEFINITE', 'POSSIBLE'],
  Entity: ['id', 'kind', 'name', 'aliases', 'events', 'holdings'],
  Holding: ['title', 'of', 'from', 'to'],
  TimeSpan: ['text', 'earliest', 'latest', 'granularity', 'value'],
  Event: ['id', 'kind', 'title', 'when', 'status', 'statusHistory', 'participants', 'place', 'sources', 'evidence', 'ordinal', 'description', 'cameo', 'confidence', 'extractor'],
  Participant: ['role', 'entity', 'evidence'],
  StatusChange: ['status', 'evidence'],
  Source: ['article', 'quote', 'sentence'],
  Evidence: ['article', 'sentence', 'start', 'end', 'quote'],
  Article: ['id', 'source', 'url', 'title', 'author', 'photographers', 'publishedAt', 'dateSource', 'text', 'events'],
  Encounter: ['person', 'event', 'certainty'],
  SummitGap: ['after', 'before', 'encounters'],
  Stats: ['articles', 'entities', 'events', 'edges'],
  EventFilter: ['kinds', 'participants', 'from', 'to', 'status', 'place', 'source'],
  TimeWindow: ['from', 'to', 'afterEvent', 'beforeEvent'],
  PageInfo: ['hasNextPage', 'endCursor'],
  EntityConnection: ['edges', 'pageInfo', 'totalCount'],
  EntityEdge: ['cursor', 'node'],
  EventConnection: ['edges', 'pageInfo', 'totalCount'],
  EventEdge: ['cursor', 'node'],
  ArticleConnection: ['edges', 'pageInfo', 'totalCount'],
  ArticleEdge: ['cursor', 'node'],
};

const schema = apiSchema();
const namesOf = (type: GraphQLNamedType | undefined | null): string[] =>
  isEnumType(type) ? type.getValues().map((v) => v.name) : isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.keys(type.getFields()) : [];

describe('schema.graphql', () => {
  it('keeps every name of the core schema', () => {
    const missing = Object.entries(CORE).flatMap(([type, names]) => names.filter((name) => !namesOf(schema.getType(type)).includes(name)).map((name) => `${type}.${name}`));
    expect(missing).toEqual([]);
  });

  it('describes every type, field, argument, enum value and input field', () => {
    const undescribed: string[] = [];
    const check = (what: string, description: string | null | undefined): void => {
      if (!description?.trim()) undescribed.push(what);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isScalarType(type)) continue;
      check(type.name, type.description);
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
    }
    expect(undescribed).toEqual([]);
    expect(schema.description).toMatch(/Authorization: Bearer/);
  });

  it('has one concrete type per entity and event kind, each with every field of its interface, and a union of them for search', () => {
    for (const [iface, types] of [['Entity', ENTITY_KINDS.map(entityType)], ['Event', EVENT_KINDS.map(eventType)]] as const) {
      const abstract = schema.getType(iface);
      expect(isInterfaceType(abstract)).toBe(true);
      expect(schema.getPossibleTypes(abstract as never).map((t) => t.name).sort()).toEqual([...types].sort());
      for (const name of types) expect(namesOf(schema.getType(name))).toEqual(expect.arrayContaining(namesOf(abstract)));
    }
    const union = schema.getType('SearchResult');
    expect(isUnionType(union) && union.getTypes().length).toBe(ENTITY_KINDS.length + EVENT_KINDS.length);
    expect(namesOf(schema.getType('Letter'))).toEqual(expect.arrayContaining(['sender', 'recipients', 'description']));
    expect(namesOf(schema.getType('Sanction'))).toEqual(expect.arrayContaining(['imposer', 'target', 'action']));
    expect(namesOf(schema.getType('Person'))).toEqual(expect.arrayContaining(['roles', 'events', 'encounters']));
    expect(namesOf(schema.getType('Mutation'))).toEqual(['ingestArticles', 'mergeEntities', 'splitEntity']);
  });
});
