// The analyst notebook (examples/notebooks/analyst.ipynb) against a live server: the project is
// built (npm run build), the five seed articles are ingested into a temporary data directory with
// the built command, `newsgraph serve` runs on a free port, and nbclient executes every cell
// headless on a real IPython kernel in the virtual environment tests/setup/pythonVenv.ts makes
// with the pinned packages of examples/notebooks/requirements.txt. A failing cell fails the test.
// Then the summary the notebook's last cell writes is checked against the store and the articles:
// article 004 says "Trump and Kim met for their first summit in Singapore on June 12" (2018);
// article 000 (2019-03-29) says talks "broke down in late February in Hanoi" and article 003 that
// the second summit was "held in Hanoi, Vietnam"; all five articles follow Kim Jong Un's diplomacy.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Counts } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { closedPort } from './support/closedPort.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const NOTEBOOK = path.join(ROOT, 'examples', 'notebooks', 'analyst.ipynb');
const CLI = path.join(ROOT, 'dist', 'cli.js');

// Executes a notebook with nbclient and writes the executed copy; any failing cell raises
// CellExecutionError (with the cell's traceback), so python exits non-zero.
const RUNNER = `
import sys, nbformat
from nbclient import NotebookClient
notebook = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": sys.argv[2]}}).execute()
nbformat.write(notebook, sys.argv[3])
`;

interface Meeting {
  title: string;
  kind: string;
  status: string;
  earliest: string | null;
  latest: string | null;
  place: string | null;
  with: string[];
}

interface Summary {
  events: number;
  kim_meetings: Meeting[];
  kim_met: Record<string, number>;
  graphml: { nodes: number; edges: number };
  people_by_betweenness: string[];
  timeline_png: string;
}

let workDir: string;
let counts: Counts;
let server: ChildProcess | undefined;
let graphqlUrl: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-notebook-'));
  const dataDir = path.join(workDir, 'data');
  await run('npm', ['run', 'build'], { cwd: ROOT });
  const articles = path.join(ROOT, 'examples', 'articles');
  const seeds = (await readdir(articles)).filter((f) => /^00\d_/.test(f)).map((f) => path.join(articles, f));
  expect(seeds).toHaveLength(5);
  await run(process.execPath, [CLI, 'ingest', ...seeds, '--data', dataDir], { cwd: ROOT });
  const store = await openMemoryStore(dataDir);
  counts = await store.counts();
  await store.close();

  const port = await closedPort();
  server = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  graphqlUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      const ready = /GraphQL at (http:\/\/\S+\/graphql)/.exec(output);
      if (ready?.[1]) resolve(ready[1]);
    };
    server!.stdout!.on('data', collect);
    server!.stderr!.on('data', collect);
    server!.once('exit', (code) => reject(new Error(`newsgraph serve exited (${String(code)}) before it was ready:\n${output}`)));
  });
}, 240_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

it('runs every cell of the analyst notebook against the live server and finds Kim Jong Un’s summits', async () => {
  const python = inject('pythonPath');
  const out = path.join(workDir, 'out');
  const executed = path.join(workDir, 'executed.ipynb');
  await run(python, ['-c', RUNNER, NOTEBOOK, workDir, executed], {
    cwd: workDir,
    env: { ...process.env, NEWSGRAPH_URL: graphqlUrl, NEWSGRAPH_OUT: out, MPLBACKEND: 'Agg' },
    maxBuffer: 16 * 1024 * 1024,
  });

  // Every code cell ran, none with an error output.
  type Cell = { cell_type: string; execution_count: number | null; outputs?: { output_type: string }[] };
  const cells = (JSON.parse(await readFile(executed, 'utf8')) as { cells: Cell[] }).cells.filter((c) => c.cell_type === 'code');
  expect(cells.length).toBeGreaterThan(5);
  expect(cells.every((c) => c.execution_count !== null)).toBe(true);
  expect(cells.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);

  const summary = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as Summary;
  // The DataFrame holds every event (all pages), and NetworkX read the whole GraphML export.
  expect(summary.events).toBe(counts.events);
  expect(summary.graphml).toEqual({ nodes: counts.articles + counts.entities + counts.events, edges: counts.edges });

  // Kim's meetings include the Singapore summit of 2018-06-12 and the Hanoi summit of February 2019, both with Trump.
  expect(summary.kim_meetings.length).toBeGreaterThanOrEqual(2);
  expect(summary.kim_meetings).toContainEqual(expect.objectContaining({ kind: 'SUMMIT', earliest: '2018-06-12', latest: '2018-06-12', place: 'Singapore', with: expect.arrayContaining(['Donald Trump']) }));
  const hanoi = summary.kim_meetings.filter((m) => m.kind === 'SUMMIT' && m.place === 'Hanoi' && m.with.includes('Donald Trump'));
  expect(hanoi).toHaveLength(1);
  expect(hanoi[0]!.earliest! >= '2019-02-01' && hanoi[0]!.latest! <= '2019-02-28').toBe(true);
  expect(summary.kim_met['Donald Trump']).toBeGreaterThanOrEqual(2);
  // Every article is about his diplomacy: he is the most central person.
  expect(summary.people_by_betweenness[0]).toBe('Kim Jong Un');

  // The timeline figure was drawn (a PNG file).
  const png = await readFile(summary.timeline_png);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.length).toBeGreaterThan(10_000);
}, 300_000);
