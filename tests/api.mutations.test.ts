// Mutations over HTTP: refused on a read-only server (FORBIDDEN) and without a valid token
// (UNAUTHENTICATED), CSRF prevention for them, and with a token: splitEntity, mergeEntities and
// ingestArticles, each written with its audit entry (actor = the token's label). Runs over a memory
// store holding korea.json plus one article in which "UN" was taken for Kim Jong Un (alias "Un").
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredTokens } from '../src/api/apiAccess.js';
import { createServer, type RunningServer } from '../src/api/createServer.js';
import { executeQuery } from '../src/api/executeQuery.js';
import type { GraphChange, GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { korea } from './store.contract.js';

const TOKEN = 'alice-token-0123456789';
const AT = '2026-11-22T10:00:00.000Z';
const UN_TEXT = 'Pompeo met UN officials in New York on Friday.';

/** An article in which extraction took "UN" for Kim Jong Un (his alias "Un"), and a Michael Pompeo who is Mike Pompeo. */
const misread = (): GraphChange => ({
  articles: [{ id: 'article:a000000000000006', source: 'fixture/006.txt', title: 'Pompeo at the UN', text: UN_TEXT, publishedAt: { text: '2019-09-20', earliest: '2019-09-20', latest: '2019-09-20', granularity: 'day', value: '2019-09-20' }, dateSource: 'header' }],
  entities: [{ id: 'person:michael-pompeo', kind: 'PERSON', name: 'Michael Pompeo', aliases: ['Michael R. Pompeo'] }],
  holdings: [{ person: 'person:michael-pompeo', title: 'Secretary of State', of: 'country:united-states', from: '2018-04-26', to: null }],
  events: [{
    id: 'event:meeting-un-pompeo', kind: 'MEETING', title: 'Pompeo meets Kim', status: 'OCCURRED', confidence: 0.6, extractor: 'events/meeting@1', ordinal: null, description: null,
    when: { text: 'on Friday', earliest: '2019-09-20', latest: '2019-09-20', granularity: 'day', value: '2019-09-20' },
    statusHistory: [{ status: 'OCCURRED', evidence: { article: 'article:a000000000000006', sentence: 0, start: 0, end: 47, quote: UN_TEXT } }],
    participants: [
      { entity: 'person:michael-pompeo', role: 'participant', evidence: [{ article: 'article:a000000000000006', sentence: 0, start: 0, end: 47, quote: UN_TEXT }] },
      { entity: 'person:kim-jong-un', role: 'participant', evidence: [{ article: 'article:a000000000000006', sentence: 0, start: 0, end: 47, quote: UN_TEXT }] },
    ],
    place: null, evidence: [{ article: 'article:a000000000000006', sentence: 0, start: 0, end: 47, quote: UN_TEXT }], sources: ['article:a000000000000006'],
  }],
  removeEvents: [],
});

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

let dir: string;
let store: GraphStore;
let readOnly: RunningServer;
let writable: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-mutations-'));
  store = await openMemoryStore(dir);
  await store.write(korea());
  await store.write(misread());
  readOnly = await createServer(store, { port: 0 });
  writable = await createServer(store, { port: 0, tokens: [{ label: 'alice', token: TOKEN }], now: () => AT });
});
afterAll(async () => {
  await readOnly?.close();
  await writable?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

async function post(server: RunningServer, query: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }): Promise<{ status: number; body: Body; headers: Headers }> {
  const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as Body, headers: response.headers };
}

const MERGE = 'mutation { mergeEntities(keep: "Mike Pompeo", drop: "Michael Pompeo") { entities { id aliases } events { id } audit { id actor action } } }';

describe('who may write', () => {
  it('a read-only server refuses every mutation with 403 FORBIDDEN, token or not, and still answers queries', async () => {
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }] as Record<string, string>[]) {
      const refused = await post(readOnly, MERGE, headers);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('read-only'), extensions: { code: 'FORBIDDEN' } });
    }
    expect((await post(readOnly, '{ stats { events } }', {})).body).toEqual({ data: { stats: { events: 16 } } });
  });

  it('with tokens configured, a mutation without a token or with a wrong one is 401 UNAUTHENTICATED; queries need none', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: `Basic ${TOKEN}` }] as Record<string, string>[]) {
      const refused = await post(writable, MERGE, headers);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      expect(refused.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await post(writable, '{ stats { events } }', {})).body).toEqual({ data: { stats: { events: 16 } } });
    expect((await post(writable, '{ auditLog { totalCount } }')).body).toEqual({ data: { auditLog: { totalCount: 0 } } });
  });

  it('keeps CSRF prevention: a cross-site-able POST (text/plain) or a GET cannot run a mutation, even with the token', async () => {
    const simple = await fetch(writable.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query: MERGE }) });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${writable.graphqlUrl}?query=${encodeURIComponent(MERGE)}`, { headers: { authorization: `Bearer ${TOKEN}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
    expect((await post(writable, '{ entity(name: "Michael Pompeo") { id } }')).body).toEqual({ data: { entity: { id: 'person:michael-pompeo' } } });
  });

  it('in-process queries (newsgraph query) are read-only', async () => {
    const response = await executeQuery(store, MERGE);
    expect(response.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('edits, each with its audit entry', () => {
  it('splitEntity moves the links whose sentence names the alias only: "UN" is no Kim Jong Un', async () => {
    const { status, body } = await post(writable, 'mutation { splitEntity(entity: "Kim", alias: "un") { entities { __typename id name aliases } events { id participants { entity { id } } } audit { id at actor action detail } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const result = body.data?.splitEntity as { audit: { detail: string } };
    expect(result).toEqual({
      entities: [
        { __typename: 'Person', id: 'person:kim-jong-un', name: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong-un', 'North Korean leader'] },
        { __typename: 'Person', id: 'person:un', name: 'Un', aliases: [] },
      ],
      // Every other sentence about Kim that says "Un" says "Kim Jong Un": those links stay.
      events: [{ id: 'event:meeting-un-pompeo', participants: [{ entity: { id: 'person:michael-pompeo' } }, { entity: { id: 'person:un' } }] }],
      audit: { id: 'audit:1', at: AT, actor: 'alice', action: 'SPLIT_ENTITY', detail: expect.any(String) },
    });
    expect(JSON.parse(result.audit.detail)).toEqual({ entity: 'person:kim-jong-un', alias: 'Un', created: 'person:un', events: ['event:meeting-un-pompeo'] });
    const kim = await post(writable, '{ entity(name: "Kim") { events(first: 100) { totalCount } } un: entity(name: "Un") { id } }');
    expect(kim.body.data).toEqual({ entity: { events: { totalCount: 13 } }, un: { id: 'person:un' } });
  });

  it('mergeEntities moves events, roles and names to the kept entity and removes the other', async () => {
    const { body } = await post(writable, MERGE);
    expect(body.errors).toBeUndefined();
    expect(body.data?.mergeEntities).toEqual({
      entities: [{ id: 'person:mike-pompeo', aliases: ['Pompeo', 'Michael Pompeo', 'Michael R. Pompeo'] }],
      events: [{ id: 'event:meeting-un-pompeo' }],
      audit: { id: 'audit:2', actor: 'alice', action: 'MERGE_ENTITIES' },
    });
    const after = await post(writable, '{ gone: entity(name: "person:michael-pompeo") { id } pompeo: entity(name: "Michael Pompeo") { id holdings { title from to } events(first: 5) { edges { node { id } } } } stats { entities } }');
    expect(after.body.data).toEqual({
      gone: null,
      // The same Secretary of State role (same title, country and start) is one role.
      pompeo: { id: 'person:mike-pompeo', holdings: [{ title: 'Director of the CIA', from: '2017-01-23', to: '2018-04-26' }, { title: 'Secretary of State', from: '2018-04-26', to: null }], events: { edges: [{ node: { id: 'event:visit-pompeo-august' } }, { node: { id: 'event:visit-pompeo-october' } }, { node: { id: 'event:meeting-un-pompeo' } }] } },
      stats: { entities: 18 },
    });
  });

  it('refuses merges of one entity with itself or of two kinds, and splits of a non-alias, with BAD_USER_INPUT and nothing written', async () => {
    for (const query of [
      'mutation { mergeEntities(keep: "Kim", drop: "Kim Jong Un") { audit { id } } }',
      'mutation { mergeEntities(keep: "United Nations", drop: "Un") { audit { id } } }',
      'mutation { splitEntity(entity: "Kim", alias: "Chairman Kim") { audit { id } } }',
      // "Moon-Jae in" would become person:moon-jae-in: Moon Jae-in's own id.
      'mutation { splitEntity(entity: "Moon", alias: "Moon-Jae in") { audit { id } } }',
    ]) {
      const { body } = await post(writable, query);
      expect(body.errors?.[0]?.extensions.code, query).toBe('BAD_USER_INPUT');
    }
    expect((await post(writable, '{ auditLog { totalCount } entity(name: "Moon") { aliases } }')).body.data).toEqual({ auditLog: { totalCount: 2 }, entity: { aliases: ['Moon', 'Moon-Jae in'] } });
  });

  it('ingestArticles reads and extracts text like `newsgraph ingest`, once per text', async () => {
    const article = { id: 'wire-1', title: 'Kim and Trump meet', publishedAt: '2019-06-30', text: 'Donald Trump met Kim Jong Un at Panmunjom on Sunday.' };
    const query = 'mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { read ingested unchanged skipped { source reason } articles { id source title publishedAt { value } dateSource } audit { id action actor } } }';
    const send = async (variables: Record<string, unknown>): Promise<Body> => {
      const response = await fetch(writable.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as Body;
    };
    const first = await send({ a: [article, { text: '   ' }] });
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticles).toEqual({
      read: 2, ingested: 1, unchanged: 0,
      skipped: [{ source: 'input:2', reason: expect.any(String) }],
      articles: [{ id: expect.stringMatching(/^article:[0-9a-f]{16}$/), source: 'wire-1', title: 'Kim and Trump meet', publishedAt: { value: '2019-06-30' }, dateSource: 'given' }],
      audit: { id: 'audit:3', action: 'INGEST', actor: 'alice' },
    });
    const again = await send({ a: [article] });
    expect(again.data?.ingestArticles).toMatchObject({ read: 1, ingested: 0, unchanged: 1, articles: [], audit: { id: 'audit:4' } });
    const bad = await send({ a: [{ ...article, publishedAt: 'Sunday' }] });
    expect(bad.errors?.[0]).toMatchObject({ message: expect.stringContaining('articles[0].publishedAt'), extensions: { code: 'BAD_USER_INPUT' } });
    expect((await post(writable, '{ stats { articles } }')).body.data).toEqual({ stats: { articles: 7 } });
  });

  it('lists the audit trail, oldest first', async () => {
    const { body } = await post(writable, '{ auditLog(first: 10) { totalCount edges { node { id actor action } } } }', {});
    expect(body.data).toEqual({
      auditLog: {
        totalCount: 4,
        edges: [
          { node: { id: 'audit:1', actor: 'alice', action: 'SPLIT_ENTITY' } },
          { node: { id: 'audit:2', actor: 'alice', action: 'MERGE_ENTITIES' } },
          { node: { id: 'audit:3', actor: 'alice', action: 'INGEST' } },
          { node: { id: 'audit:4', actor: 'alice', action: 'INGEST' } },
        ],
      },
    });
  });
});

describe('configured tokens', () => {
  it('reads NEWSGRAPH_API_TOKEN and a token file ("label token" or "token" per line), refusing short tokens naming where', async () => {
    const file = path.join(dir, 'tokens.txt');
    await writeFile(file, '# analysts\nbob bob-token-0123456789abc\n\nfeed-token-0123456789abc\n');
    expect(configuredTokens({ NEWSGRAPH_API_TOKEN: 'env-token-0123456789' }, file)).toEqual([
      { label: 'NEWSGRAPH_API_TOKEN', token: 'env-token-0123456789' },
      { label: 'bob', token: 'bob-token-0123456789abc' },
      { label: 'token-4', token: 'feed-token-0123456789abc' },
    ]);
    expect(configuredTokens({})).toEqual([]);
    await writeFile(file, 'carol short\n');
    expect(() => configuredTokens({}, file)).toThrow(`${file}:1: an API token needs at least 16 characters`);
    expect(() => configuredTokens({}, path.join(dir, 'missing.txt'))).toThrow(/--token-file .*missing\.txt: cannot be read/);
  });
});
