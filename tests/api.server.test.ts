// The HTTP server: GraphQL over POST /graphql, the GraphiQL page at / with its assets served
// locally (no CDN), CSRF prevention on GET.
import { describe, expect, it } from 'vitest';
import { koreaServer } from './support/koreaServer.js';

const api = koreaServer('server');

const post = (body: unknown): Promise<Response> =>
  fetch(new URL('/graphql', api.server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('createServer', () => {
  it('listens on a free port of 127.0.0.1', () => {
    expect(api.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(api.server.graphqlUrl).toBe(`${api.server.url}graphql`);
  });

  it('answers POST /graphql', async () => {
    const response = await post({ query: 'query($p: String!) { entity(name: $p) { id name } stats { events } }', variables: { p: 'Kim Jong-un' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { entity: { id: 'person:kim-jong-un', name: 'Kim Jong Un' }, stats: { events: 15 } } });
  });

  it('answers the IDE\'s default question', async () => {
    const response = await post({ query: '{ betweenSummits(person: "Kim Jong Un", with: "Trump") { after { id } before { id } encounters { person { name } } } }' });
    const body = (await response.json()) as { data: { betweenSummits: { after: { id: string }; before: { id: string } | null; encounters: { person: { name: string } }[] }[] } };
    expect(body.data.betweenSummits.map((g) => [g.after.id, g.before?.id ?? null, g.encounters.map((e) => e.person.name)])).toEqual([
      ['event:summit-singapore', 'event:summit-hanoi', ['Moon Jae-in', 'Mike Pompeo', 'Xi Jinping']],
      ['event:summit-hanoi', 'event:summit-third', ['Vladimir Putin', 'Donald Trump', 'Moon Jae-in']],
    ]);
  });

  it('returns error codes and no stack traces', async () => {
    for (const [query, code] of [['{ encounters(person: "Nobody") { certainty } }', 'NOT_FOUND'], ['{ events(first: 500) { totalCount } }', 'BAD_USER_INPUT']]) {
      const body = (await (await post({ query })).json()) as { data: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.data).toBeNull();
      expect(body.errors.map((e) => e.extensions.code)).toEqual([code]);
      expect(body.errors[0]?.extensions.stacktrace).toBeUndefined();
    }
  });

  it('supports introspection', async () => {
    const body = (await (await post({ query: '{ __type(name: "SummitGap") { description fields { name description } } }' })).json()) as { data: { __type: { fields: { name: string; description: string }[] } } };
    expect(body.data.__type.fields.map((f) => f.name)).toEqual(['after', 'before', 'encounters']);
    for (const field of body.data.__type.fields) expect(field.description).toBeTruthy();
  });

  it('refuses a simple GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(new URL('/graphql?query=%7Bstats%7Bevents%7D%7D', api.server.url));
    expect(response.status).toBe(400);
    const allowed = await fetch(new URL('/graphql?query=%7Bstats%7Bevents%7D%7D', api.server.url), { headers: { 'apollo-require-preflight': 'true' } });
    expect(await allowed.json()).toEqual({ data: { stats: { events: 15 } } });
  });

  it('serves the GraphiQL page at / with local assets only', async () => {
    const response = await fetch(api.server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    for (const asset of ['/assets/react.js', '/assets/react-dom.js', '/assets/graphiql.js', '/assets/graphiql.css', '/assets/ide.js']) expect(html).toContain(asset);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('betweenSummits(person: \\"Kim Jong Un\\", with: \\"Donald Trump\\"');
    expect(html).toContain('Who met Kim Jong Un between his summits with Trump?');
  });

  it('serves the scripts and the stylesheet from the installed packages', async () => {
    const script = await fetch(new URL('/assets/graphiql.js', api.server.url));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const text = await script.text();
    expect(text.length).toBeGreaterThan(100_000);
    expect(text).toContain('GraphiQL');
    for (const [asset, type] of [['react.js', /javascript/], ['react-dom.js', /javascript/], ['graphiql.css', /text\/css/], ['ide.js', /javascript/]] as const) {
      const response = await fetch(new URL(`/assets/${asset}`, api.server.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      await response.arrayBuffer();
    }
    const ide = await (await fetch(new URL('/assets/ide.js', api.server.url))).text();
    expect(ide).toContain('GraphiQL.createFetcher');
    expect(ide).not.toMatch(/https?:\/\//);
    expect((await fetch(new URL('/assets/nope.js', api.server.url))).status).toBe(404);
  });
});
