// Who may change the graph. The server is read-only unless API tokens are configured
// (NEWSGRAPH_API_TOKEN, or a token file given to `newsgraph serve --token-file`); then a request
// carrying `Authorization: Bearer <token>` with one of them may run mutations, and the token's label
// is the actor of the audit trail. Mutations are refused with FORBIDDEN on a read-only server
// (HTTP 403) and with UNAUTHENTICATED without a valid token (HTTP 401). Reads never need a token.
//
// A token file holds one token per line, "label token" or just "token" (labelled token-<line>);
// blank lines and lines starting with # are skipped. Tokens have at least 16 characters.
//
//   accessOf([{ label: 'alice', token: 's3cret-s3cret-s3cret' }], 'Bearer s3cret-s3cret-s3cret') -> { kind: 'writer', actor: 'alice' }
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';

export interface ApiToken {
  /** Who holds it: the actor of the audit entries written with it. */
  label: string;
  token: string;
}

export type ApiAccess =
  | { kind: 'read-only' }
  | { kind: 'anonymous' }
  | { kind: 'invalid-token' }
  | { kind: 'writer'; actor: string };

export const READ_ONLY: ApiAccess = { kind: 'read-only' };
export const TOKEN_ENV = 'NEWSGRAPH_API_TOKEN';
const MIN_TOKEN_LENGTH = 16;

/** The access of a request with this Authorization header, given the configured tokens. */
export function accessOf(tokens: readonly ApiToken[], authorization: string | undefined): ApiAccess {
  if (tokens.length === 0) return READ_ONLY;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return { kind: 'anonymous' };
  const given = digest(match[1] as string);
  // Compare digests in constant time, against every token, so timing tells nothing about them.
  let actor: string | null = null;
  for (const { label, token } of tokens) if (timingSafeEqual(given, digest(token)) && actor === null) actor = label;
  return actor === null ? { kind: 'invalid-token' } : { kind: 'writer', actor };
}

/** null when the access may write; otherwise the error a mutation is refused with, and its HTTP status. */
export function writeAccessError(access: ApiAccess): { error: GraphQLError; status: number } | null {
  switch (access.kind) {
    case 'writer':
      return null;
    case 'read-only':
      return { status: 403, error: new GraphQLError(`This server is read-only: mutations need an API token configured on the server (${TOKEN_ENV}, or newsgraph serve --token-file FILE).`, { extensions: { code: 'FORBIDDEN' } }) };
    case 'anonymous':
      return { status: 401, error: new GraphQLError('Mutations need an API token: send the header "Authorization: Bearer <token>".', { extensions: { code: 'UNAUTHENTICATED' } }) };
    case 'invalid-token':
      return { status: 401, error: new GraphQLError('The API token given in the Authorization header is not valid.', { extensions: { code: 'UNAUTHENTICATED' } }) };
  }
}

/** The actor of a writing request; throws the refusal otherwise. */
export function requireWriter(access: ApiAccess): string {
  const refused = writeAccessError(access);
  if (refused) throw refused.error;
  return (access as { actor: string }).actor;
}

/** The tokens of NEWSGRAPH_API_TOKEN (labelled NEWSGRAPH_API_TOKEN) and of a token file; an Error naming the file or variable for a bad token. */
export function configuredTokens(env: Record<string, string | undefined>, tokenFile?: string): ApiToken[] {
  const tokens: ApiToken[] = [];
  const fromEnv = env[TOKEN_ENV]?.trim();
  if (fromEnv) tokens.push(checked({ label: TOKEN_ENV, token: fromEnv }, TOKEN_ENV));
  if (tokenFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(tokenFile, 'utf8');
    } catch (error) {
      throw new Error(`--token-file ${tokenFile}: cannot be read (${(error as Error).message})`, { cause: error });
    }
    const before = tokens.length;
    text.split(/\r?\n/).forEach((line, i) => {
      const words = line.trim().split(/\s+/);
      if (words[0] === '' || words[0]?.startsWith('#')) return;
      if (words.length > 2) throw new Error(`${tokenFile}:${i + 1}: expected "label token" or "token", got ${words.length} words`);
      const [label, token] = words.length === 2 ? (words as [string, string]) : [`token-${i + 1}`, words[0] as string];
      tokens.push(checked({ label, token }, `${tokenFile}:${i + 1}`));
    });
    if (tokens.length === before) throw new Error(`--token-file ${tokenFile}: holds no token`);
  }
  return tokens;
}

function checked(token: ApiToken, where: string): ApiToken {
  if (token.token.length < MIN_TOKEN_LENGTH) throw new Error(`${where}: an API token needs at least ${MIN_TOKEN_LENGTH} characters`);
  return token;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
