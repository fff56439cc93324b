// The HTTP server: Apollo Server at /graphql (POST, and GET with a CSRF-safe header), the GraphiQL
// IDE at GET / with its scripts and CSS served from the installed packages under /assets/ (no CDN).
// Safety: request bodies above 100 kB are refused (413), operations too deep or too complex are
// refused before they run (limitsPlugin), resolvers stop at the query timeout (TIMEOUT), CSRF
// prevention is on (mutations too: a browser cannot send one cross-site without a preflight), and
// every error carries extensions.code. Mutations run only with an API token (options.tokens; see
// apiAccess.ts): without tokens the server is read-only. Stack traces and the messages of
// internal errors reach clients only in development (NODE_ENV=development); otherwise internal
// errors read "Internal server error" and are logged. Listens on 127.0.0.1:4000 unless told
// otherwise (port 0 picks a free port).
//
//   const server = await createServer(store, { port: 0 });
//   console.log(server.url); // http://127.0.0.1:41234/  (GraphQL at server.url + 'graphql')
//   await server.close();
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphStore } from '../store/graphStore.js';
import { accessOf, type ApiToken } from './apiAccess.js';
import { apiContext, type ApiContext } from './apiContext.js';
import { apiTypeDefs } from './apiSchema.js';
import { exportRoute } from './exportRoute.js';
import { graphiqlPage, IDE_SCRIPT } from './graphiqlPage.js';
import { httpErrors, notFoundHandler } from './httpErrors.js';
import { IDE_EXAMPLES } from './ideExamples.js';
import { limitsPlugin } from './limitsPlugin.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './queryLimits.js';
import { resolvers } from './resolvers.js';
import { writeAccessPlugin } from './writeAccessPlugin.js';

export interface ServerOptions {
  /** 4000 by default; 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 by default. */
  host?: string;
  /** Depth, complexity and time limits of an operation; DEFAULT_QUERY_LIMITS for those left out. */
  limits?: Partial<QueryLimits>;
  /** Largest request body (express.json's limit syntax); 100kb by default. */
  bodyLimit?: string;
  /** Stack traces and internal error messages in responses; by default when NODE_ENV=development. */
  development?: boolean;
  /** Where internal errors are logged; console.error by default. */
  log?: (message: string) => void;
  /** API tokens that may run mutations (Authorization: Bearer <token>); none by default: read-only. */
  tokens?: readonly ApiToken[];
  /** The clock of the audit trail (ISO timestamps); the server clock by default. */
  now?: () => string;
}

export interface RunningServer {
  /** The IDE's address, e.g. http://127.0.0.1:4000/. */
  url: string;
  /** The GraphQL endpoint, url + "graphql". */
  graphqlUrl: string;
  close(): Promise<void>;
}

const DEFAULTS = { port: 4000, host: '127.0.0.1', bodyLimit: '100kb' };

/** The files served under /assets/, resolved from the installed packages. */
function assetFiles(): Record<string, { file: string; type: string }> {
  const require = createRequire(import.meta.url);
  const dirOf = (pkg: string): string => path.dirname(require.resolve(`${pkg}/package.json`));
  return {
    'react.js': { file: path.join(dirOf('react'), 'umd', 'react.production.min.js'), type: 'text/javascript; charset=utf-8' },
    'react-dom.js': { file: path.join(dirOf('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript; charset=utf-8' },
    'graphiql.js': { file: path.join(dirOf('graphiql'), 'graphiql.min.js'), type: 'text/javascript; charset=utf-8' },
    'graphiql.css': { file: path.join(dirOf('graphiql'), 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
  };
}

export async function createServer(store: GraphStore, options: ServerOptions = {}): Promise<RunningServer> {
  const port = options.port ?? DEFAULTS.port;
  const host = options.host ?? DEFAULTS.host;
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const development = options.development ?? process.env.NODE_ENV === 'development';
  const log = options.log ?? ((message: string) => console.error(message));
  const tokens = options.tokens ?? [];
  const app = express();
  const httpServer = http.createServer(app);
  // Keep idle connections open longer than a busy event loop may stall (and than a proxy's idle
  // timeout), so a client reusing a connection never races the server closing it (ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const apollo = new ApolloServer<ApiContext>({
    typeDefs: apiTypeDefs(),
    resolvers,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: (formatted, error) => {
      if (development || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      log(`newsgraph api: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ...formatted, message: 'Internal server error' };
    },
    plugins: [writeAccessPlugin(), limitsPlugin(limits), ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const page = graphiqlPage(IDE_EXAMPLES);
  app.disable('x-powered-by');
  app.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(page);
  });
  app.get('/assets/ide.js', (_req, res) => {
    res.type('text/javascript; charset=utf-8').send(IDE_SCRIPT);
  });
  for (const [name, asset] of Object.entries(assetFiles())) {
    app.get(`/assets/${name}`, (_req, res, next) => {
      res.sendFile(asset.file, { headers: { 'Content-Type': asset.type }, maxAge: '1d' }, (error) => {
        if (error) next(error);
      });
    });
  }
  app.get('/export', exportRoute(store));
  app.use('/graphql', express.json({ limit: options.bodyLimit ?? DEFAULTS.bodyLimit }), expressMiddleware(apollo, { context: async ({ req }) => apiContext(store, limits.timeoutMs, accessOf(tokens, req.headers.authorization), options.now) }));
  app.use(notFoundHandler);
  app.use(httpErrors(development, log));

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop();
    throw error;
  }

  const address = httpServer.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}/`;
  let closing: Promise<void> | undefined;
  return {
    url,
    graphqlUrl: `${url}graphql`,
    close: () => (closing ??= apollo.stop()),
  };
}
