// What a request costs and how requests share the server: every field that does work has a cost in
// the complexity estimate, written in its schema description; aliases of one field with the same
// arguments are computed once (and counted once); a request made of many costly fields takes turns
// with the others, so a small query sent while it runs is answered before it ends. No timing
// assertions: the order of answers and the number of store calls are what is checked.
import { isInterfaceType, isObjectType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { apiSchema } from '../src/api/apiSchema.js';
import { MAX_QUERY_COMPLEXITY } from '../src/api/complexityLimit.js';
import { createServer, type RunningServer } from '../src/api/createServer.js';
import { executeQuery } from '../src/api/executeQuery.js';
import { FIELD_COSTS } from '../src/api/fieldCosts.js';
import { queryCost } from '../src/api/queryCost.js';
import { countingStore } from './api.support.js';
import { koreaServer } from './support/koreaServer.js';

const running = koreaServer('costs');
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('the cost of fields that do work', () => {
  it('costs the fields that read many records: the composite questions, search, stats, paths and filtered lists', () => {
    for (const field of ['Query.events', 'Query.encounters', 'Query.betweenSummits', 'Query.timeline', 'Query.path', 'Query.search', 'Query.stats', 'Query.entities', 'Entity.events', 'Person.encounters']) {
      expect(FIELD_COSTS[field], field).toBeGreaterThan(0);
    }
  });

  it('says each cost in the field\'s description in schema.graphql, as the limit counts it', () => {
    const schema = apiSchema();
    for (const [key, cost] of Object.entries(FIELD_COSTS)) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = schema.getType(typeName);
      expect(isObjectType(type) || isInterfaceType(type), key).toBe(true);
      const description = (isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName]?.description : undefined) ?? '';
      expect(description, key).toContain(`Cost ${cost.toLocaleString('en-US')} in the complexity limit`);
    }
  });

  it('adds a field\'s cost to the objects it hands out, and a repeated alias (same field, same arguments) once', () => {
    const schema = apiSchema();
    const one = queryCost(schema, '{ stats { events } }');
    expect(one).toBe(FIELD_COSTS['Query.stats']! + 1);
    const single = queryCost(schema, '{ a: encounters(person: "Kim") { certainty } }');
    const twice = queryCost(schema, '{ a: encounters(person: "Kim") { certainty } b: encounters(person: "Kim") { certainty } }');
    const other = queryCost(schema, '{ a: encounters(person: "Kim") { certainty } b: encounters(person: "Moon") { certainty } }');
    expect(twice - single).toBe(single - FIELD_COSTS['Query.encounters']!);
    expect(other).toBe(2 * single);
  });

  it('accepts as many aliases of a costly field as the limit allows, and refuses one more, before any store call', async () => {
    const schema = apiSchema();
    const field = (i: number) => `a${i}: path(from: "Kim", to: "Xi", maxHops: ${1 + (i % 6)}) { hops }`;
    const query = (n: number) => `{ ${Array.from({ length: n }, (_, i) => field(i)).join(' ')} }`;
    let n = 1;
    while (queryCost(schema, query(n + 1)) <= MAX_QUERY_COMPLEXITY) n++;
    expect(n).toBe(Math.floor(MAX_QUERY_COMPLEXITY / (FIELD_COSTS['Query.path']! + 1)));
    expect((await executeQuery(running.store, query(n))).errors).toBeUndefined();
    const { store: counted, calls } = countingStore(running.store);
    const refused = await executeQuery(counted, query(n + 1));
    expect(refused.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(calls).toEqual([]);
  });
});

describe('repeated fields and fair turns', () => {
  it('computes aliases of one field with the same arguments once, and gives each alias the answer', async () => {
    const one = countingStore(running.store);
    const single = await executeQuery(one.store, '{ a: encounters(person: "Kim", certainty: POSSIBLE) { certainty person { name } } }');
    const two = countingStore(running.store);
    const twice = await executeQuery(two.store, '{ a: encounters(person: "Kim", certainty: POSSIBLE) { certainty person { name } } b: encounters(person: "Kim", certainty: POSSIBLE) { certainty person { name } } }');
    expect(twice.errors).toBeUndefined();
    expect((twice.data as { a: unknown; b: unknown }).b).toEqual((twice.data as { a: unknown }).a);
    expect((twice.data as { a: unknown }).a).toEqual((single.data as { a: unknown }).a);
    expect(two.calls.filter((c) => c === 'events')).toEqual(one.calls.filter((c) => c === 'events'));
    expect(one.calls.filter((c) => c === 'events').length).toBeGreaterThan(0);
  });

  it('answers a small query sent while a request of many costly fields runs before that request ends', async () => {
    let started: () => void = () => undefined;
    const heavyStarted = new Promise<void>((resolve) => (started = resolve));
    const watched = new Proxy(running.store, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (property === 'events') started();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const server = await createServer(watched, { port: 0, limits: { maxComplexity: Number.POSITIVE_INFINITY } });
    servers.push(server);
    const post = (query: string) => fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.json() as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>);
    // 200 encounters of Kim, each in another window: 200 costly fields, 200 turns.
    const windows = Array.from({ length: 200 }, (_, i) => `a${i}: encounters(person: "Kim", window: { from: "2018-01-01", to: "2019-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}" }) { certainty }`);
    const order: string[] = [];
    const heavy = post(`{ ${windows.join(' ')} }`).then((body) => {
      order.push('heavy');
      return body;
    });
    await heavyStarted;
    const light = await post('{ entity(name: "Moon") { name } }');
    order.push('light');
    const heavyBody = await heavy;
    expect(light).toEqual({ data: { entity: { name: 'Moon Jae-in' } } });
    expect(heavyBody.errors).toBeUndefined();
    expect(Object.keys(heavyBody.data ?? {})).toHaveLength(200);
    expect(order).toEqual(['light', 'heavy']);
  });
});
