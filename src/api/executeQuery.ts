// Runs one GraphQL operation in-process against the API schema (what `newsgraph query` does), with
// the same validation, query limits (depth, complexity, timeout) and error codes as the HTTP
// server, and returns the JSON response object ({data, errors}) as the server would send it.
//
//   await executeQuery(store, '{ entity(name: "Kim") { id } }')
//     -> { data: { entity: { id: 'person:kim-jong-un' } } }
import { execute, getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import type { GraphStore } from '../store/graphStore.js';
import { apiContext } from './apiContext.js';
import { apiSchema } from './apiSchema.js';
import { checkQueryLimits, DEFAULT_QUERY_LIMITS, type QueryLimits } from './queryLimits.js';

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; locations?: { line: number; column: number }[]; path?: (string | number)[]; extensions: Record<string, unknown> }[];
}

export async function executeQuery(
  store: GraphStore, query: string, variables?: Record<string, unknown>, operationName?: string, limits: Partial<QueryLimits> = {},
): Promise<GraphQLResponse> {
  const { maxDepth, maxComplexity, timeoutMs } = { ...DEFAULT_QUERY_LIMITS, ...limits };
  const schema = apiSchema();
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [formatError(error, 'GRAPHQL_PARSE_FAILED')] };
    throw error;
  }
  const invalid = validate(schema, document, specifiedRules);
  if (invalid.length > 0) return { errors: invalid.map((e) => formatError(e, 'GRAPHQL_VALIDATION_FAILED')) };
  const operation = getOperationAST(document, operationName);
  const checked = operation ? checkQueryLimits(schema, document, operation, variables, { maxDepth, maxComplexity, timeoutMs }) : { error: null, cost: null };
  if (checked.error) return { errors: [formatError(checked.error, 'BAD_REQUEST')] };

  const contextValue = apiContext(store, timeoutMs);
  contextValue.cost = checked.cost ?? 0;
  try {
    const result = await execute({ schema, document, variableValues: variables, operationName, contextValue });
    const response: GraphQLResponse = {};
    // No "data" key at all means the operation never ran: bad variables or operation name.
    if ('data' in result) response.data = JSON.parse(JSON.stringify(result.data ?? null)) as Record<string, unknown> | null;
    if (result.errors?.length) response.errors = result.errors.map((e) => formatError(e, 'data' in result ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT'));
    return response;
  } finally {
    contextValue.deadline.dispose();
  }
}

/** The error as JSON, with extensions.code set (kept when the error already carries one). */
function formatError(error: GraphQLError, defaultCode: string): NonNullable<GraphQLResponse['errors']>[number] {
  const json = error.toJSON();
  const original = error.originalError;
  const code = json.extensions?.code ?? (original instanceof GraphQLError ? original.extensions.code : undefined) ?? defaultCode;
  return JSON.parse(JSON.stringify({ ...json, extensions: { ...json.extensions, code } })) as NonNullable<GraphQLResponse['errors']>[number];
}
