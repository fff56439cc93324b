// The complexity limit: an estimate of the work an operation asks for, computed before it runs
// (graphql-query-complexity, with the operation's variables), refused above the maximum with code
// QUERY_TOO_COMPLEX. It counts the objects handed out and the work of the fields that do more than
// hand out objects: a scalar field costs 0, an object field 1 plus what it selects, a paged field
// 1 + `first` (default 20, counted at most 100: a larger `first` is refused as BAD_USER_INPUT when the
// field runs) times what one item selects, a list field without `first` 1 + its expected length
// (LIST_SIZES) times what one item selects; a field that does work adds its cost (fieldCosts.ts),
// once for aliases of one field with the same arguments side by side (they are computed once).
// The maximum is sized so that the most expensive request accepted takes about 200 ms of work on
// a graph of 100,000 events (scripts/bench/fieldCosts.ts).
//
//   { events(first: 100) { edges { node { participants { entity { events(first: 100) { totalCount } } } } } } }
//     -> 100 events x 5 participants x 100 events = about 101,000 objects: refused (the maximum is 10,000)
import { getNamedType, getVariableValues, GraphQLError, isLeafType, isObjectType, Kind, print, visit, type DocumentNode, type FieldNode, type GraphQLCompositeType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { searchWords } from '../store/searchWords.js';
import { fieldCost } from './fieldCosts.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';

export const MAX_QUERY_COMPLEXITY = 10_000;
/** Field selections visited at most while estimating (fragments counted each time they are spread). */
export const MAX_QUERY_NODES = 10_000;

/**
 * Expected length of every list field of object type that takes no `first` (tests/api.limits.test.ts
 * checks that schema.graphql has no other). A field of a concrete type (Person.holdings) falls back to
 * the entry of its interface (Entity.holdings).
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.encounters': 50,
  'Query.betweenSummits': 10,
  'Query.timeline': 50,
  'Entity.holdings': 5,
  'Person.roles': 5,
  'Person.encounters': 50,
  'Event.statusHistory': 3,
  'Event.participants': 5,
  'Event.sources': 3,
  'Event.evidence': 5,
  'Letter.recipients': 2,
  'Participant.evidence': 3,
  'SummitGap.encounters': 20,
  'EntityConnection.edges': 1,
  'EventConnection.edges': 1,
  'ArticleConnection.edges': 1,
  'AuditEntryConnection.edges': 1,
  'Stats.entitiesByKind': 4,
  'Stats.eventsByKind': 8,
  'Stats.eventsByStatus': 4,
  'Path.steps': 7,
  'IngestResult.skipped': 5,
  'IngestResult.articles': 50,
  'Article.mentions': 10,
  'EventMention.participants': 3,
  'EditResult.entities': 2,
  'EditResult.events': 50,
};

/** The expected length of a list field without `first`, looked up on its type, then on the type's interfaces. */
export function listSize(type: GraphQLCompositeType, field: string): number | undefined {
  const own = LIST_SIZES[`${type.name}.${field}`];
  if (own !== undefined || !isObjectType(type)) return own;
  return type.getInterfaces().map((i) => LIST_SIZES[`${i.name}.${field}`]).find((size) => size !== undefined);
}

/**
 * Scalars cost 0; paged fields multiply by `first`; known lists by their expected length; other
 * objects cost 1 + their selection; a field that does work adds its cost, unless it repeats a
 * sibling (context.repeats).
 */
export const workEstimator: ComplexityEstimator = ({ type, field, node, args, childComplexity, context }) => {
  const repeated = (context?.repeats as WeakSet<FieldNode> | undefined)?.has(node);
  // A search for no words (blank or punctuation) returns at once without reading the index.
  const idle = type.name === 'Query' && field.name === 'search' && typeof args.text === 'string' && searchWords(args.text).length === 0;
  const work = repeated || idle ? 0 : fieldCost(type, field.name);
  if (isLeafType(getNamedType(field.type))) return work;
  if (field.args.some((arg) => arg.name === 'first')) {
    const asked = typeof args.first === 'number' && Number.isInteger(args.first) ? args.first : DEFAULT_PAGE_SIZE;
    return work + 1 + Math.min(Math.max(asked, 0), MAX_PAGE_SIZE) * childComplexity;
  }
  const size = listSize(type, field.name);
  return work + 1 + (size ?? 1) * childComplexity;
};

/** Fields that repeat an earlier sibling of their selection set: the same field with the same arguments (aliases aside). */
export function repeatedFields(document: DocumentNode): WeakSet<FieldNode> {
  const repeats = new WeakSet<FieldNode>();
  visit(document, {
    SelectionSet(set) {
      const seen = new Set<string>();
      for (const selection of set.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = `${selection.name.value}(${(selection.arguments ?? []).map((a) => print(a)).sort().join(',')})`;
        if (seen.has(key)) repeats.add(selection);
        seen.add(key);
      }
    },
  });
  return repeats;
}

/**
 * The estimated cost of the operation (Infinity past graphql-query-complexity's node limit, a
 * fragment bomb); null when its variables are invalid (execution reports those as BAD_USER_INPUT).
 */
export function queryComplexity(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const only: DocumentNode = { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) };
  try {
    return getComplexity({ schema, query: only, variables: variables ?? {}, maxQueryNodes: MAX_QUERY_NODES, estimators: [workEstimator], context: { repeats: repeatedFields(only) } });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) return Number.POSITIVE_INFINITY;
    throw error;
  }
}

/** QUERY_TOO_COMPLEX when the estimate (given, or computed) exceeds the maximum; null when it is within it. */
export function complexityLimitError(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, maximum: number = MAX_QUERY_COMPLEXITY,
  complexity: number | null = queryComplexity(schema, document, operation, variables),
): GraphQLError | null {
  if (complexity === null || complexity <= maximum) return null;
  const what = Number.isFinite(complexity) ? `it may fetch about ${complexity} objects` : `it has more than ${MAX_QUERY_NODES} field selections once its fragments are expanded`;
  return new GraphQLError(`Query is too complex: ${what}, at most ${maximum} objects are allowed. Ask for smaller pages (first), fewer nested lists, or split the query.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', complexity: Number.isFinite(complexity) ? complexity : null, maximumComplexity: maximum },
  });
}
