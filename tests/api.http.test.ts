// The GraphQL-over-HTTP audit suite shipped in graphql-http (serverAudits), run against the real
// server at /graphql: no MUST audit may fail. SHOULD and MAY failures are allowed and printed:
// Apollo answers request errors with 400 also under application/json (a SHOULD asks for 200 there),
// and CSRF prevention refuses GET requests that carry no preflight header (a MAY).
import { serverAudits, type AuditResult } from 'graphql-http';
import { expect, it } from 'vitest';
import { koreaServer } from './support/koreaServer.js';

const api = koreaServer('http');

it('passes every MUST audit of graphql-http serverAudits', async () => {
  const audits = serverAudits({ url: api.server.graphqlUrl });
  const results: AuditResult[] = [];
  for (const audit of audits) results.push(await audit.fn());
  const failed = results.filter((r) => r.status !== 'ok');
  const line = (r: AuditResult): string => `${r.status.toUpperCase()} ${r.id} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`;
  const must = results.filter((r) => r.name.startsWith('MUST'));
  console.log(
    `graphql-http serverAudits: ${results.length} audits, ${results.length - failed.length} ok; MUST ${must.filter((r) => r.status === 'ok').length}/${must.length} ok; ` +
      `not ok (SHOULD/MAY, allowed):\n${failed.map((r) => `  ${line(r)}`).join('\n') || '  none'}`,
  );
  expect(must.length).toBeGreaterThan(10);
  expect(results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok').map(line)).toEqual([]);
  expect(results.filter((r) => r.status === 'error').map(line)).toEqual([]);
});

it('accepts GET queries (URL-encoded variables too) from clients that send a CSRF preflight header', async () => {
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('apollo-require-preflight', 'true');
    return fetch(input, { ...init, headers });
  };
  const get = serverAudits({ url: api.server.graphqlUrl, fetchFn }).filter((a) => ['5A70', 'D6D5', '6A70', '9C48'].includes(a.id));
  expect(get).toHaveLength(4);
  for (const audit of get) {
    const result = await audit.fn();
    expect(result.status, `${audit.id} ${audit.name}`).toBe('ok');
  }
});
