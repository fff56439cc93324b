// The GraphiQL page really mounts: load / in jsdom with its scripts (from /assets/, same origin
// only), wait for the IDE, check the example tabs and that it introspected /graphql.
// jsdom lacks a few browser APIs GraphiQL touches; the stand-ins below are enough to mount it.
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from 'jsdom';
import { expect, it } from 'vitest';
import { koreaServer } from './support/koreaServer.js';
import { IDE_EXAMPLES } from '../src/api/ideExamples.js';

const api = koreaServer('ide');

class RecordingLoader extends ResourceLoader {
  readonly urls: string[] = [];
  override fetch(url: string, options: FetchOptions): ReturnType<ResourceLoader['fetch']> {
    this.urls.push(url);
    return super.fetch(url, options);
  }
}

it('mounts GraphiQL with the example tabs, loading only same-origin resources', async () => {
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(e.message));
  const loader = new RecordingLoader();
  const posted: { url: string; body: string; status: number; response: string }[] = [];
  const dom = await JSDOM.fromURL(api.server.url, {
    runScripts: 'dangerously',
    resources: loader,
    virtualConsole,
    pretendToBeVisual: true,
    beforeParse(window) {
      const w = window as unknown as Record<string, unknown>;
      w.TextDecoder = TextDecoder;
      w.TextEncoder = TextEncoder;
      w.matchMedia = () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} });
      w.ResizeObserver = class { observe(): void {} unobserve(): void {} disconnect(): void {} };
      window.document.createRange = (() => ({ setStart() {}, setEnd() {}, getBoundingClientRect: () => ({ left: 0, right: 0, top: 0, bottom: 0 }), getClientRects: () => ({ length: 0, item: () => null }) })) as unknown as Document['createRange'];
      w.fetch = async (url: string, init: RequestInit) => {
        const response = await fetch(url, init);
        const text = await response.text();
        posted.push({ url: String(url), body: String(init?.body), status: response.status, response: text });
        return { ok: response.ok, status: response.status, headers: response.headers, json: async () => JSON.parse(text), text: async () => text };
      };
    },
  });
  try {
    const document = dom.window.document;
    const ready = (): boolean => document.querySelectorAll('.graphiql-tab').length > 0 && posted.some((p) => p.body.includes('IntrospectionQuery'));
    for (let waited = 0; waited < 15_000 && !ready(); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(errors).toEqual([]);
    expect([...document.querySelectorAll('.graphiql-tab')].map((t) => t.textContent?.replace(/icon/g, '').trim())).toEqual(['WhoMetKimBetweenSummits', 'KimIn2019', 'PompeoToXi', 'BetweenHanoiAndDmz', 'LettersAndSanctions', 'SearchKim', 'MoonTimeline', 'Summits']);
    expect(IDE_EXAMPLES[0]?.query).toContain('betweenSummits(person: "Kim Jong Un", with: "Donald Trump"');
    const origin = new URL(api.server.url).origin;
    expect(loader.urls.length).toBeGreaterThanOrEqual(4);
    for (const url of [...loader.urls, ...posted.map((p) => p.url)]) expect(new URL(url).origin).toBe(origin);
    const introspection = posted.find((p) => p.body.includes('IntrospectionQuery'));
    expect(introspection?.url).toBe(`${origin}/graphql`);
    expect(introspection?.status).toBe(200);
    expect(JSON.parse(introspection?.response ?? '{}').data.__schema.queryType.name).toBe('Query');
  } finally {
    dom.window.close();
  }
});
