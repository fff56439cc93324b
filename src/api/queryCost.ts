// The complexity estimate (complexityLimit.ts) of a query text, for benchmarks and tools that build
// queries up to the limit.
//
//   queryCost(apiSchema(), '{ stats { events } }')  // the cost of stats plus the objects it returns
import { getOperationAST, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { queryComplexity } from './complexityLimit.js';

/** The estimated cost of a query text (its only or named operation); Infinity when it does not parse or validate. */
export function queryCost(schema: GraphQLSchema, text: string, variables?: Record<string, unknown>, operationName?: string): number {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
  const operation = getOperationAST(document, operationName);
  if (!operation || validate(schema, document).length > 0) return Number.POSITIVE_INFINITY;
  return queryComplexity(schema, document, operation, variables) ?? Number.POSITIVE_INFINITY;
}
