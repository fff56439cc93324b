// Safety of the HTTP server: depth and complexity limits, the `first` cap, the body size limit,
// the query timeout, CSRF prevention, no stack traces outside development, extensions.code on
// every error; and a refused query never stops the server from answering the next one.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getNamedType, getOperationAST, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType, parse, type GraphQLObjectType, type GraphQLOutputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchema } from '../src/api/apiSchema.js';
import { LIST_SIZES, listSize, MAX_QUERY_COMPLEXITY, queryComplexity } from '../src/api/complexityLimit.js';
import { FIELD_COSTS } from '../src/api/fieldCosts.js';
import { createServer, type RunningServer, type ServerOptions } from '../src/api/createServer.js';
import { IDE_EXAMPLES } from '../src/api/ideExamples.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { countingStore, failingStore, slowStore } from './api.support.js';
import { korea } from './store.contract.js';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

let dir: string;
let store: GraphStore;
const servers: RunningServer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-limits-'));
  store = await openMemoryStore(dir);
  await store.write(korea());
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

async function serve(over: GraphStore, options: ServerOptions = {}): Promise<RunningServer> {
  const server = await createServer(over, { port: 0, development: false, log: () => undefined, ...options });
  servers.push(server);
  return server;
}

async function post(server: RunningServer, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Body }> {
  const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const parsed = (await response.json()) as Body;
  for (const error of parsed.errors ?? []) expect(typeof error.extensions?.code, `no extensions.code on ${JSON.stringify(error)}`).toBe('string');
  return { status: response.status, body: parsed };
}

/** A query nested `depth` fields deep: events > edges > node > participants > entity > events > ... > a scalar. */
function deepQuery(depth: number): string {
  const path = ['events', 'edges', 'node', 'participants', 'entity'];
  const fields = Array.from({ length: depth - 1 }, (_, i) => path[i % path.length] as string);
  const leaf = fields[fields.length - 1] === 'participants' ? 'role' : fields[fields.length - 1] === 'entity' ? 'name' : fields[fields.length - 1] === 'node' ? 'id' : fields[fields.length - 1] === 'edges' ? 'cursor' : 'totalCount';
  return `{ ${fields.map((f) => `${f} {`).join(' ')} ${leaf} ${'}'.repeat(fields.length)} }`;
}

/** 100 articles x 100 events x 5 participants x 100 events each: millions of items, 12 levels deep. */
const MILLIONS = 'query($n: Int) { articles(first: $n) { edges { node { events(first: $n) { edges { node { participants { entity { events(first: $n) { edges { node { id } } } } } } } } } } } }';
const HEALTHY = '{ entity(name: "Kim") { name } stats { events } }';
const healthy = { entity: { name: 'Kim Jong Un' }, stats: { events: 15 } };

describe('refused queries, on one running server that keeps answering', () => {
  it('refuses a depth-20 query, a million-item page and a million-item fan-out, each before any store call, and answers in between', async () => {
    const { store: counted, calls } = countingStore(store);
    const server = await serve(counted);
    expect((await post(server, { query: HEALTHY })).body).toEqual({ data: healthy });

    calls.length = 0;
    const deep = await post(server, { query: deepQuery(20) });
    expect(deep.status).toBe(400);
    expect(deep.body.data).toBeUndefined();
    expect(deep.body.errors).toHaveLength(1);
    expect(deep.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('20 levels deep; at most 12'), extensions: { code: 'QUERY_TOO_DEEP', depth: 20, maxDepth: 12 } });
    expect(calls).toEqual([]);
    expect((await post(server, { query: HEALTHY })).body).toEqual({ data: healthy });

    calls.length = 0;
    const page = await post(server, { query: '{ events(first: 1000000) { edges { node { id title } } } }' });
    expect(page.status).toBe(200); // a field error: the operation ran, the field refused its argument
    expect(page.body.data).toBeNull();
    expect(page.body.errors?.[0]).toMatchObject({ message: 'first may be at most 100, got 1000000', path: ['events'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(calls).toEqual([]);
    expect((await post(server, { query: HEALTHY })).body).toEqual({ data: healthy });

    calls.length = 0;
    const fanOut = await post(server, { query: MILLIONS, variables: { n: 100 } });
    expect(fanOut.status).toBe(400);
    expect(fanOut.body.errors).toHaveLength(1);
    expect(fanOut.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Query is too complex: it may fetch about \d+ objects, at most 10000 objects are allowed/), extensions: { code: 'QUERY_TOO_COMPLEX', maximumComplexity: MAX_QUERY_COMPLEXITY } });
    expect(fanOut.body.errors?.[0]?.extensions?.complexity).toBeGreaterThan(1_000_000);
    expect(calls).toEqual([]);
    expect((await post(server, { query: HEALTHY })).body).toEqual({ data: healthy });

    // The same operation with pages of one (its variables are part of the estimate) is fine.
    const small = await post(server, { query: MILLIONS, variables: { n: 1 } });
    expect(small.body.errors).toBeUndefined();

    // Over GET too, the refusal carries its code.
    const url = `${server.graphqlUrl}?query=${encodeURIComponent(deepQuery(20))}`;
    const get = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as Body).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a fragment bomb (each fragment spreading the next ten times) as too complex', async () => {
    const server = await serve(store);
    const levels = Array.from({ length: 6 }, (_, i) => `fragment F${i} on Entity { ${i === 5 ? 'name' : Array.from({ length: 10 }, () => `...F${i + 1}`).join(' ')} }`);
    const started = performance.now();
    const response = await post(server, { query: `{ entity(name: "Kim") { ...F0 } } ${levels.join(' ')}` });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('more than 10000 field selections'), extensions: { code: 'QUERY_TOO_COMPLEX', complexity: null } });
    expect((await post(server, { query: HEALTHY })).body).toEqual({ data: healthy });
  });
});

describe('query timeout', () => {
  it('stops resolvers past the timeout with TIMEOUT, and keeps answering', async () => {
    const server = await serve(slowStore(store, ['events'], 1_500), { limits: { timeoutMs: 150 } });
    const started = performance.now();
    const slow = await post(server, { query: '{ events { totalCount } }' });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(slow.status).toBe(200);
    expect(slow.body.data).toBeNull();
    expect(slow.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('timed out: it ran for more than 150 ms'), path: ['events'], extensions: { code: 'TIMEOUT', timeoutMs: 150 } }),
    ]);
    expect((await post(server, { query: HEALTHY })).body).toEqual({ data: healthy });
  });
});

describe('HTTP limits and errors', () => {
  it('refuses a body above 100 kB with 413 and accepts one just below', async () => {
    const server = await serve(store);
    const big = await post(server, { query: HEALTHY, variables: { padding: 'x'.repeat(110_000) } });
    expect(big.status).toBe(413);
    expect(big.body).toEqual({ errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const fits = await post(server, { query: HEALTHY, variables: { padding: 'x'.repeat(90_000) } });
    expect(fits).toEqual({ status: 200, body: { data: healthy } });
  });

  it('answers malformed JSON with 400 BAD_REQUEST, without a stack trace', async () => {
    const server = await serve(store);
    const response = await post(server, '{"query": "{ stats { events } }"');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('blocks requests a browser could send cross-site (CSRF prevention)', async () => {
    const server = await serve(store);
    const simple = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: HEALTHY }) });
    expect(simple.status).toBe(400);
    const get = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent(HEALTHY)}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('caps `first` at 100 with BAD_USER_INPUT on every paged field', async () => {
    const server = await serve(store);
    for (const query of ['{ events(first: 101) { totalCount } }', '{ entities(first: 101) { totalCount } }', '{ articles(first: 101) { totalCount } }', '{ entity(name: "Kim") { events(first: 101) { totalCount } } }']) {
      const response = await post(server, { query });
      expect(response.body.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });
});

describe('stack traces', () => {
  const secret = new Error('connection to /var/secret/db refused');

  it('are never sent outside development; internal errors are masked and logged', async () => {
    const logged: string[] = [];
    const server = await serve(failingStore(store, ['stats'], secret), { development: false, log: (m) => logged.push(m) });
    for (const query of ['{ stats { events } }', '{ encounters(person: "Nobody") { certainty } }', '{ events(', '{ nope }']) {
      const { body } = await post(server, { query });
      for (const error of body.errors ?? []) {
        expect(error.extensions?.stacktrace, query).toBeUndefined();
        expect(JSON.stringify(error)).not.toMatch(/secret|\.ts:\d+|at /);
      }
    }
    const { body } = await post(server, { query: '{ stats { events } }' });
    expect(body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged.join('\n')).toContain('connection to /var/secret/db refused');
  });

  it('follow NODE_ENV: sent with NODE_ENV=development, not with NODE_ENV=production', async () => {
    const before = process.env.NODE_ENV;
    try {
      process.env.NODE_ENV = 'development';
      const dev = await createServer(failingStore(store, ['stats'], secret), { port: 0, log: () => undefined });
      servers.push(dev);
      process.env.NODE_ENV = 'production';
      const prod = await createServer(failingStore(store, ['stats'], secret), { port: 0, log: () => undefined });
      servers.push(prod);
      const devError = (await post(dev, { query: '{ stats { events } }' })).body.errors?.[0];
      expect(devError?.message).toBe('connection to /var/secret/db refused');
      expect(devError?.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringContaining('connection to /var/secret/db refused')]));
      const prodError = (await post(prod, { query: '{ stats { events } }' })).body.errors?.[0];
      expect(prodError?.message).toBe('Internal server error');
      expect(prodError?.extensions?.stacktrace).toBeUndefined();
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});

describe('the complexity estimate', () => {
  const estimate = (query: string, variables?: Record<string, unknown>): number | null => {
    const document = parse(query);
    return queryComplexity(apiSchema(), document, getOperationAST(document)!, variables);
  };

  it('knows the expected length of every list of objects that takes no `first` (a concrete type through its interface)', () => {
    expect(listSize(apiSchema().getType('Person') as GraphQLObjectType, 'holdings')).toBe(LIST_SIZES['Entity.holdings']);
    expect(listSize(apiSchema().getType('Letter') as GraphQLObjectType, 'recipients')).toBe(LIST_SIZES['Letter.recipients']);
    const unlisted: string[] = [];
    for (const type of Object.values(apiSchema().getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const paged = field.args.some((a) => a.name === 'first');
        if (isListOf(field.type) && !isLeafType(getNamedType(field.type)) && !paged && listSize(type, field.name) === undefined) unlisted.push(`${type.name}.${field.name}`);
      }
    }
    expect(unlisted).toEqual([]);
    for (const key of Object.keys(LIST_SIZES)) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = apiSchema().getType(typeName);
      expect((isObjectType(type) || isInterfaceType(type)) && type.getFields()[fieldName] !== undefined, key).toBe(true);
    }
  });

  it('lets the IDE examples and a full page of 100 events through, with room to spare (a search, the costliest field, with less)', () => {
    for (const example of IDE_EXAMPLES) {
      const cost = estimate(example.query, example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : undefined);
      expect(cost, example.title).toBeLessThan(/\bsearch\(/.test(example.query) ? MAX_QUERY_COMPLEXITY * 0.7 : MAX_QUERY_COMPLEXITY / 4);
    }
    const page = '{ events(first: 100) { edges { node { id title when { text } participants { role entity { name } } place { name } sources { quote article { title } } evidence { quote article { id } } } } } }';
    expect(estimate(page)).toBeLessThan(MAX_QUERY_COMPLEXITY / 2);
  });

  it('multiplies by `first` (default 20, counted at most 100), ignores scalars, and adds the work of fields that do more', () => {
    expect(estimate('{ stats { events } }')).toBe(FIELD_COSTS['Query.stats']! + 1);
    expect(estimate('{ event(id: "event:x") { id title } }')).toBe(1);
    expect(estimate('{ events { edges { node { id title } } } }')).toBe(FIELD_COSTS['Query.events']! + 1 + 20 * 2);
    expect(estimate('query($n: Int) { events(first: $n) { edges { node { id } } } }', { n: 7 })).toBe(FIELD_COSTS['Query.events']! + 1 + 7 * 2);
    expect(estimate('{ events(first: 5000) { edges { node { id } } } }')).toBe(FIELD_COSTS['Query.events']! + 1 + 100 * 2);
    expect(estimate('query($n: Int!) { events(first: $n) { totalCount } }', {})).toBeNull(); // bad variables: execution reports them
  });

  it('counts a search for no words as no work (it returns at once), and one for a word as a search', () => {
    expect(estimate('{ search(text: " - ") { score } }')).toBe(1);
    expect(estimate('{ search(text: "k") { score } }')).toBe(FIELD_COSTS['Query.search']! + 1);
  });
});

function isListOf(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}
