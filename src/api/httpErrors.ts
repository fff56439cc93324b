// The Express error handlers of the server, answering as GraphQL-shaped JSON errors with
// extensions.code: a path no route answers (404 NOT_FOUND), and errors outside GraphQL execution
// (a body too large or not JSON, a file that cannot be sent) with the status the error carries;
// internal ones are logged, and a stack trace is sent only in development.
//
//   a 200 kB POST to /graphql -> 413 {"errors":[{"message":"Request body too large","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** Any path no route answers: 404 with code NOT_FOUND. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).type('application/json; charset=utf-8').send(JSON.stringify({ errors: [{ message: `Not found: ${req.method} ${req.path}`, extensions: { code: 'NOT_FOUND' } }] }));
};

export function httpErrors(development: boolean, log: (message: string) => void): ErrorRequestHandler {
  const codes: Record<number, string> = { 400: 'BAD_REQUEST', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = httpStatusOf(error);
    const internal = status >= 500;
    if (internal) log(`newsgraph api: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const message = status === 413 ? 'Request body too large' : internal && !development ? 'Internal server error' : error instanceof Error ? error.message : String(error);
    const extensions: Record<string, unknown> = { code: codes[status] ?? (internal ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST') };
    if (development && error instanceof Error && error.stack) extensions.stacktrace = error.stack.split('\n');
    res.status(status).type('application/json; charset=utf-8').send(JSON.stringify({ errors: [{ message, extensions }] }));
  };
}

function httpStatusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null ? ((error as { status?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode) : undefined;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
