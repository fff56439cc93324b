// Apollo plugin: refuses a mutation the request may not run (apiAccess.ts) before it executes,
// with FORBIDDEN (HTTP 403, read-only server) or UNAUTHENTICATED (HTTP 401, with WWW-Authenticate).
// The mutation resolvers check again (requireWriter), so executeQuery, which has no token, is read-only too.
import type { ApolloServerPlugin } from '@apollo/server';
import { writeAccessError } from './apiAccess.js';
import type { ApiContext } from './apiContext.js';

export function writeAccessPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, response }) {
          if (operation?.operation !== 'mutation') return;
          const refused = writeAccessError(contextValue.access);
          if (!refused) return;
          response.http.status = refused.status;
          if (refused.status === 401) response.http.headers.set('www-authenticate', 'Bearer');
          throw refused.error;
        },
      };
    },
  };
}
