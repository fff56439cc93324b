// The GraphiQL IDE in a real browser: Debian's Chromium (/usr/bin/chromium, never a downloaded
// build) driven headless by playwright-core. The server runs over a memory store filled by
// ingesting the seed articles; the test opens the IDE, runs the first example ("who met Kim Jong
// Un between his summits with Trump") with the run button, waits for the result pane and checks
// the answer it shows, then saves a screenshot to test-artifacts/graphiql.png; then it switches to the
// path example's tab ("how is Pompeo connected to Xi Jinping"), runs it and checks the path shown
// (screenshot test-artifacts/graphiql-path.png).
// Expected names, from the article text: article 004 says Mike Pompeo met Kim in Pyongyang on a
// Sunday after the Singapore summit, with a second summit still to come; article 001 says Kim hosted
// the Chinese President (Xi Jinping) last week for their fifth summit.
// Without /usr/bin/chromium this test fails (install it with `apt-get install chromium`; .ci/run does).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../src/api/createServer.js';
import { IDE_EXAMPLES } from '../src/api/ideExamples.js';
import { ingest } from '../src/ingest.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.join('test-artifacts', 'graphiql.png');
const PATH_SCREENSHOT = path.join('test-artifacts', 'graphiql-path.png');

let dataDir: string;
let profileDir: string;
let store: GraphStore;
let server: RunningServer;
let browser: BrowserContext | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); this test never downloads a browser`);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-browser-'));
  profileDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  store = await openMemoryStore(dataDir);
  // The five seed articles (examples/articles/000_* .. 004_*), whose facts the expectations below were checked against.
  const seeds = (await readdir(path.join('examples', 'articles'))).filter((f) => /^00\d_/.test(f)).map((f) => path.join('examples', 'articles', f));
  const summary = await ingest(seeds, store);
  expect(summary.counts.events).toBeGreaterThan(0);
  server = await createServer(store, { port: 0 });
  // A persistent context is how playwright takes a --user-data-dir: a fresh, empty one per run.
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  for (const dir of [dataDir, profileDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

it('runs the first example query in GraphiQL and shows who met Kim between his summits with Trump', async () => {
  const page = await browser!.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const origin = new URL(server.url).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });

  await page.goto(server.url, { waitUntil: 'load' });
  const runButton = page.locator('.graphiql-execute-button');
  await runButton.waitFor({ state: 'visible', timeout: 20_000 });
  // The first tab is the default example.
  await expect.poll(() => page.locator('.graphiql-tab').first().textContent(), { timeout: 10_000 }).toContain('WhoMetKimBetweenSummits');
  const editorText = await page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
  expect(editorText).toBe(IDE_EXAMPLES[0]?.query);

  const answered = page.waitForResponse((response) => response.url() === `${origin}/graphql` && (response.request().postData() ?? '').includes('WhoMetKimBetweenSummits'));
  await runButton.click();
  const response = await answered;
  expect(response.status()).toBe(200);

  // Wait until the result pane shows the answer, then read it whole from its editor.
  const resultPane = page.locator('.result-window');
  await expect.poll(() => resultPane.textContent(), { timeout: 20_000 }).toContain('betweenSummits');
  const shown = await page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
  type Shown = { certainty: string; person: { name: string }; event: { title: string; sources: { article: { title: string | null }; quote: string | null }[] } };
  const answer = JSON.parse(shown) as { data?: { betweenSummits: { encounters: Shown[] }[] }; errors?: unknown };
  expect(answer.errors).toBeUndefined();
  expect(answer).toEqual(await response.json()); // the pane shows what the server answered
  // Article 004: "After meeting with Kim in Pyongyang on Sunday, Pompeo told him ..." - a meeting
  // after the Singapore summit, before the next one. How surely it falls in a gap (DEFINITE or
  // POSSIBLE) depends on how extraction dates "Sunday" in an undated article; the gold tests judge
  // that. Here: the IDE shows Mike Pompeo among the people Kim met between summits, from article 004.
  const article004 = (await store.articles({ first: 100, offset: 0 })).items.find((a) => a.source.endsWith('004_3ae0501c73705649.txt'));
  expect(article004?.title).toBeTruthy();
  const gaps = answer.data?.betweenSummits ?? [];
  expect(gaps.length).toBeGreaterThan(0);
  const pompeo = gaps.flatMap((g) => g.encounters).find((e) => e.person.name === 'Mike Pompeo' && e.event.sources.some((s) => s.article.title === article004?.title && /Pyongyang/.test(s.quote ?? '')));
  expect(pompeo, `no encounter with Mike Pompeo from article 004 in: ${shown.slice(0, 3000)}`).toMatchObject({ certainty: expect.stringMatching(/^(DEFINITE|POSSIBLE)$/), event: { title: expect.stringContaining('Kim Jong Un') } });
  const quote = pompeo?.event.sources.find((s) => s.article.title === article004?.title)?.quote ?? '';

  // Scroll the pane to that encounter, so the screenshot shows it.
  await page.evaluate((text) => {
    const cm = (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string; scrollIntoView(at: { line: number; ch: number }, margin: number): void } }).CodeMirror;
    const line = cm.getValue().split('\n').findIndex((l) => l.includes(text));
    cm.scrollIntoView({ line, ch: 0 }, 350);
  }, quote.slice(0, 40));
  await expect.poll(() => resultPane.textContent(), { timeout: 5_000 }).toContain(quote.slice(0, 40));
  await page.waitForTimeout(500); // let CodeMirror finish highlighting what it just drew

  await mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  expect(existsSync(SCREENSHOT)).toBe(true);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
}, 120_000);

it('runs the path example in its tab and shows how Pompeo is connected to Xi Jinping', async () => {
  const page = await browser!.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const origin = new URL(server.url).origin;
  await page.goto(server.url, { waitUntil: 'load' });
  await page.locator('.graphiql-execute-button').waitFor({ state: 'visible', timeout: 20_000 });
  const example = IDE_EXAMPLES.findIndex((e) => e.query.includes('query PompeoToXi'));
  expect(example).toBeGreaterThan(0);
  await page.locator('.graphiql-tab').nth(example).locator('button').first().click();
  const editorText = () => page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
  await expect.poll(editorText, { timeout: 10_000 }).toBe(IDE_EXAMPLES[example]?.query);

  const answered = page.waitForResponse((response) => response.url() === `${origin}/graphql` && (response.request().postData() ?? '').includes('PompeoToXi'));
  await page.locator('.graphiql-execute-button').click();
  const response = await answered;
  const resultPane = page.locator('.result-window');
  await expect.poll(() => resultPane.textContent(), { timeout: 20_000 }).toContain('"path"');
  const shown = await page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
  type Step = { entity: { __typename: string; name: string }; via: { title: string; sources: { article: { title: string | null }; quote: string | null }[] } | null };
  const answer = JSON.parse(shown) as { data?: { path: { hops: number; steps: Step[] } | null }; errors?: unknown };
  expect(answer).toEqual(await response.json());
  expect(answer.errors).toBeUndefined();
  // Article 004: Pompeo met Kim in Pyongyang; article 001: Kim hosted the Chinese President. Two hops through Kim.
  const steps = answer.data?.path?.steps ?? [];
  expect(steps.map((s) => s.entity.name), shown.slice(0, 2000)).toEqual(['Mike Pompeo', 'Kim Jong Un', 'Xi Jinping']);
  expect(answer.data?.path?.hops).toBe(2);
  expect(steps[0]?.via?.sources.some((s) => /Pompeo/.test(s.quote ?? '') && /Pyongyang/.test(s.quote ?? ''))).toBe(true);
  expect(steps[2]?.via).toBeNull();
  await mkdir(path.dirname(PATH_SCREENSHOT), { recursive: true });
  await page.screenshot({ path: PATH_SCREENSHOT });
  expect(existsSync(PATH_SCREENSHOT)).toBe(true);
  expect(problems).toEqual([]);
}, 120_000);
