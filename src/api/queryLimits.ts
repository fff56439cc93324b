// The limits every operation is checked against before it runs (on the HTTP server and in
// executeQuery alike): depth first (QUERY_TOO_DEEP), then estimated cost (QUERY_TOO_COMPLEX), and
// the time it may run for (TIMEOUT, enforced while it runs: see deadline.ts). The estimate is handed
// on to the request's context: cheaper requests take their turns first (fairTurns.ts).
import type { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { complexityLimitError, MAX_QUERY_COMPLEXITY, queryComplexity } from './complexityLimit.js';
import { depthLimitError, MAX_QUERY_DEPTH } from './depthLimit.js';

export interface QueryLimits {
  /** Deepest nesting of fields allowed. */
  maxDepth: number;
  /** Largest estimated number of items (complexityLimit.ts). */
  maxComplexity: number;
  /** Milliseconds an operation may run before its resolvers are stopped with TIMEOUT. */
  timeoutMs: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = { maxDepth: MAX_QUERY_DEPTH, maxComplexity: MAX_QUERY_COMPLEXITY, timeoutMs: 10_000 };

/** The first limit the operation breaks (null: none), and its estimated cost (null: its variables are invalid). */
export function checkQueryLimits(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, limits: QueryLimits): { error: GraphQLError | null; cost: number | null } {
  const deep = depthLimitError(document, operation, limits.maxDepth);
  if (deep) return { error: deep, cost: null };
  const cost = queryComplexity(schema, document, operation, variables);
  return { error: complexityLimitError(schema, document, operation, variables, limits.maxComplexity, cost), cost };
}
