// Apollo Server plugin enforcing the query limits (queryLimits.ts) once the operation is known and
// before it runs, with the request's variables: a refused operation gets HTTP 400 and one error
// whose extensions.code says which limit (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX); the estimated cost goes
// into the context (ApiContext.cost). It also stops the request's deadline timer when the response is sent.
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './apiContext.js';
import { checkQueryLimits, type QueryLimits } from './queryLimits.js';

export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, response, contextValue }) {
          if (!operation) return;
          const { error, cost } = checkQueryLimits(schema, document, operation, request.variables, limits);
          if (error) {
            response.http.status = 400;
            throw error;
          }
          contextValue.cost = cost ?? 0;
        },
        async willSendResponse({ contextValue }) {
          contextValue.deadline?.dispose();
        },
      };
    },
  };
}
