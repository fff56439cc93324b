// The GraphQL errors a caller can act on, each with a stable extensions.code.
import { GraphQLError } from 'graphql';

/** An unknown name or id (code NOT_FOUND). */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/** An argument that cannot be used (code BAD_USER_INPUT). */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
