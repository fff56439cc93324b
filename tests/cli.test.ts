// The newsgraph command as other tools use it: run as a child process (through tsx, so the
// test always exercises the current source), checking exit codes, output and the data directory.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = async (args: string[], input?: string) => {
  const child = run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
const SAMPLES = readdirSync('examples/articles').filter((f) => /^00\d_/.test(f)).map((f) => join('examples/articles', f));
const temp = (name: string) => mkdtempSync(join(tmpdir(), `ng-cli-${name}-`));
const counts = (out: string) => /graph: (\d+) entities, (\d+) events, (\d+) edges, (\d+) articles/.exec(out)?.slice(1).map(Number);

describe('newsgraph ingest', () => {
  it('reads a folder, prints a summary, and a second run over the same input changes nothing', async () => {
    const data = temp('twice');
    const first = await cli(['ingest', ...SAMPLES, '--data', data]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/articles read: 5, ingested: 5, already in the store: 0, skipped: 0/);
    const snapshot = readFileSync(join(data, 'graph.json'), 'utf8');
    const second = await cli(['ingest', ...SAMPLES, '--data', data]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ingested: 0, already in the store: 5/);
    expect(counts(second.stdout)).toEqual(counts(first.stdout));
    expect(readFileSync(join(data, 'graph.json'), 'utf8')).toBe(snapshot);
  }, 60_000);

  it('skips a broken file with its name and reason and keeps the good article', async () => {
    const dir = temp('bad');
    mkdirSync(join(dir, 'in'));
    copyFileSync('examples/articles/000_3e0d8073a8e6fb41.txt', join(dir, 'in', 'good.txt'));
    writeFileSync(join(dir, 'in', 'broken.txt'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x41]));
    writeFileSync(join(dir, 'in', 'notes.pdf'), '%PDF-1.4');
    const r = await cli(['ingest', join(dir, 'in'), '--data', join(dir, 'data')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ingested: 1/);
    expect(r.stdout).toMatch(/skipped .*broken\.txt: .+/);
    expect(r.stdout).toMatch(/skipped .*notes\.pdf: .+/);
    expect(counts(r.stdout)![1]).toBeGreaterThan(0);
  }, 60_000);
});

describe('newsgraph extract', () => {
  it('prints the JSON contract with offsets into the cleaned text', async () => {
    const r = await cli(['extract', 'examples/articles/000_3e0d8073a8e6fb41.txt']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      article: { text: string; publishedAt: { value: string } | null; dateSource: string };
      entities: { text: string; start: number; end: number; kind: string; id: string }[];
      times: { text: string; start: number; end: number; value: string; granularity: string }[];
      events: { kind: string; status: string; when: { value: string } | null; participants: { id: string; role: string }[]; evidence: { start: number; end: number; quote: string }[] }[];
    };
    expect(out.article.publishedAt?.value).toBe('2019-03-29');
    expect(out.article.dateSource).toBe('header');
    for (const m of [...out.entities, ...out.times]) expect(out.article.text.slice(m.start, m.end)).toBe(m.text);
    for (const e of out.events) for (const v of e.evidence) expect(out.article.text.slice(v.start, v.end)).toBe(v.quote);
    // "plan to hold a summit next month": a month, not a day.
    expect(out.times.find((t) => t.text === 'next month')).toMatchObject({ value: '2019-04', granularity: 'month' });
    expect(out.times.find((t) => /following day/.test(t.text))?.value).toBe('2019-04-11');
    const summit = out.events.find((e) => e.kind === 'SUMMIT' && e.when?.value === '2019-04-11');
    expect(summit?.status).toBe('PLANNED');
    expect(summit?.participants.map((p) => p.id).sort()).toEqual(['person:donald-trump', 'person:moon-jae-in']);
  }, 30_000);

  it('reads standard input, with --published as the reference date', async () => {
    const r = await cli(['extract', '-', '--published', '2018-06-13'], 'Trump and Kim met for their first summit in Singapore on Tuesday.\n');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { article: { dateSource: string }; times: { value: string }[]; events: { kind: string; status: string }[] };
    expect(out.article.dateSource).toBe('given');
    expect(out.times.map((t) => t.value)).toEqual(['2018-06-12']);
    expect(out.events).toEqual([expect.objectContaining({ kind: 'SUMMIT', status: 'OCCURRED' })]);
  }, 30_000);

  it('--published takes the day of an ISO date-time (a TimeML document creation time)', async () => {
    const r = await cli(['extract', '-', '--published', '1998-02-13T14:26:00'], 'The minister resigned on Tuesday.\n');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { article: { publishedAt: { value: string } }; times: { value: string }[] };
    expect(out.article.publishedAt.value).toBe('1998-02-13');
    expect(out.times.map((t) => t.value)).toEqual(['1998-02-10']);
  }, 30_000);

  it('a bad --published value is refused with a message naming the option', async () => {
    const r = await cli(['extract', 'examples/articles/000_3e0d8073a8e6fb41.txt', '--published', '29/03/2019']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--published/);
  }, 30_000);
});

describe('newsgraph query', () => {
  it('prints the response; an invalid query is an error with extensions.code and a non-zero exit', async () => {
    const data = temp('query');
    await cli(['ingest', ...SAMPLES, '--data', data]);
    const ok = await cli(['query', 'query($n: String!) { entity(name: $n) { id kind } }', '--variables', '{"n":"Kim Jong-un"}', '--data', data]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ data: { entity: { id: 'person:kim-jong-un', kind: 'PERSON' } } });
    const bad = await cli(['query', '{ nope }', '--data', data]);
    expect(bad.code).toBe(1);
    const body = JSON.parse(bad.stdout) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  }, 60_000);
});
