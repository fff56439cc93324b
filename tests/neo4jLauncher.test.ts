// The embedded Neo4j launcher against a real Neo4j 5.26 JVM: child mode, detached mode, and the
// JVM following its parent's death. No skips: if Neo4j cannot start, these tests fail.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jStatus, startNeo4j, stopNeo4j, type RunningNeo4j } from '../src/store/neo4j/launcher.js';
import { Neo4jLaunchError } from '../src/store/neo4j/neo4jLaunchError.js';
import { closedPort } from './support/closedPort.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START_TIMEOUT = 180_000;
const tempDirs: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `newsgraph-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped) has no cmdline.
  return !existsSync(`/proc/${pid}/cmdline`) || readFileSync(`/proc/${pid}/cmdline`, 'utf8').length > 0;
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}


afterAll(async () => {
  for (const dir of tempDirs) {
    await stopNeo4j(dir).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
});

describe('startNeo4j (child of this process)', () => {
  let neo: RunningNeo4j;
  let dataDir: string;
  const logs: string[] = [];

  beforeAll(async () => {
    dataDir = await tempDir('neo4j-child');
    neo = await startNeo4j({ dataDir, detached: false, onLog: (line) => logs.push(line) });
  }, START_TIMEOUT);

  it('reports a loopback bolt URI and a live pid', async () => {
    expect(neo.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(isRunning(neo.pid)).toBe(true);
    expect(logs.some((line) => line.startsWith('Neo4j ready at '))).toBe(true);
    const status = await neo4jStatus(dataDir);
    expect(status).toMatchObject({ running: true, pid: neo.pid, uri: neo.uri, detached: false });
    expect(existsSync(path.join(dataDir, 'neo4j-db', 'data', 'databases', 'neo4j'))).toBe(true);
  });

  it('refuses a second start on the same data directory', async () => {
    const error = await startNeo4j({ dataDir, detached: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jLaunchError);
    expect((error as Neo4jLaunchError).name).toBe('Neo4jLaunchError');
    expect((error as Neo4jLaunchError).code).toBe('ALREADY_RUNNING');
  });

  it('writes and reads with parameters over bolt:// and neo4j://', async () => {
    const port = new URL(neo.uri).port;
    const bolt = neo4j.driver(neo.uri);
    const routed = neo4j.driver(`neo4j://127.0.0.1:${port}`);
    try {
      const props = { id: 'person:kim-jong-un', name: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong-un'], when: '2019-02-27' };
      await bolt.executeQuery(
        'MERGE (p:Person {id: $props.id}) SET p.name = $props.name, p.aliases = $props.aliases ' +
          'MERGE (s:Summit {id: $summit}) MERGE (p)-[a:ATTENDED]->(s) SET a.when = date($props.when)',
        { props, summit: 'summit:hanoi-2019' },
      );
      const viaRouting = await routed.executeQuery(
        'MATCH (p:Person {id: $id})-[a:ATTENDED]->(s:Summit) RETURN p.name AS name, p.aliases AS aliases, toString(a.when) AS when, s.id AS summit',
        { id: props.id },
        { routing: neo4j.routing.READ },
      );
      expect(viaRouting.records.map((r) => r.toObject())).toEqual([
        { name: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong-un'], when: '2019-02-27', summit: 'summit:hanoi-2019' },
      ]);
      const info = await routed.getServerInfo();
      expect(info.address).toBe(`127.0.0.1:${port}`);
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    } finally {
      await bolt.close();
      await routed.close();
    }
  });

  it('stops cleanly: the JVM exits and neo4j.json is removed', async () => {
    await neo.stop();
    expect(await waitUntilGone(neo.pid, 5_000)).toBe(true);
    expect(existsSync(path.join(dataDir, 'neo4j.json'))).toBe(false);
    expect((await neo4jStatus(dataDir)).running).toBe(false);
    expect(await readFile(path.join(dataDir, 'neo4j.log'), 'utf8')).toContain('NEO4J stopped cleanly');
  });
});

describe('startNeo4j detached + neo4jStatus + stopNeo4j', () => {
  it('round-trips on a chosen port and keeps the data across restarts', async () => {
    const dataDir = await tempDir('neo4j-detached');
    const port = await closedPort();
    const first = await startNeo4j({ dataDir, port, detached: true });
    try {
      expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
      const state = JSON.parse(await readFile(path.join(dataDir, 'neo4j.json'), 'utf8')) as { pid: number; uri: string; detached: boolean };
      expect(state).toMatchObject({ pid: first.pid, uri: first.uri, detached: true });
      expect(await neo4jStatus(dataDir)).toMatchObject({ running: true, pid: first.pid, uri: first.uri });
      const driver = neo4j.driver(first.uri);
      await driver.executeQuery('CREATE (:Article {id: $id})', { id: 'article:000' });
      await driver.close();
    } finally {
      const stopped = await stopNeo4j(dataDir);
      expect(stopped).toEqual({ wasRunning: true, pid: first.pid, killed: false });
    }
    expect(await waitUntilGone(first.pid, 5_000)).toBe(true);
    expect(await neo4jStatus(dataDir)).toMatchObject({ running: false });
    expect(existsSync(path.join(dataDir, 'neo4j.json'))).toBe(false);
    expect(await stopNeo4j(dataDir)).toEqual({ wasRunning: false, killed: false });

    const second = await startNeo4j({ dataDir, detached: true });
    try {
      const driver = neo4j.driver(second.uri);
      const result = await driver.executeQuery('MATCH (a:Article) RETURN a.id AS id');
      await driver.close();
      expect(result.records.map((r) => r.get('id'))).toEqual(['article:000']);
    } finally {
      await second.stop();
    }
    expect(await waitUntilGone(second.pid, 5_000)).toBe(true);
  }, 2 * START_TIMEOUT);
});

describe('start failures', () => {
  it('throws Neo4jLaunchError START_FAILED naming the log file when the port is taken', async () => {
    const dataDir = await tempDir('neo4j-busy');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const error = await startNeo4j({ dataDir, port, detached: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jLaunchError);
      const launchError = error as Neo4jLaunchError;
      expect(launchError.code).toBe('START_FAILED');
      expect(launchError.logFile).toBe(path.join(dataDir, 'neo4j.log'));
      expect(launchError.message).toContain(path.join(dataDir, 'neo4j.log'));
      expect(launchError.message).toContain('NEO4J FAILED');
      expect(await neo4jStatus(dataDir)).toMatchObject({ running: false });
      expect(existsSync(path.join(dataDir, 'neo4j.json'))).toBe(false);
    } finally {
      busy.close();
    }
  }, START_TIMEOUT);
});

describe('a child-mode JVM follows its parent', () => {
  let launcherJs: string;

  beforeAll(async () => {
    // The parent is a plain node process: give it the launcher as JavaScript, next to the repo's
    // node_modules so that neo4j-driver resolves.
    const outDir = path.join(ROOT, 'scripts', 'neo4j', 'target', 'test-js', String(process.pid));
    await mkdir(outDir, { recursive: true });
    for (const name of ['launcher', 'launcherCommand', 'launcherState', 'neo4jLaunchError']) {
      const source = await readFile(path.join(ROOT, 'src', 'store', 'neo4j', `${name}.ts`), 'utf8');
      const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      }).outputText;
      await writeFile(path.join(outDir, `${name}.js`), js);
    }
    await writeFile(path.join(outDir, 'package.json'), '{"type":"module"}\n');
    // From there the launcher still finds scripts/neo4j by walking up.
    launcherJs = path.join(outDir, 'launcher.js');
  });

  afterAll(async () => {
    await rm(path.dirname(launcherJs), { recursive: true, force: true });
  });

  async function parentStartsNeo4j(dataDir: string, then: 'exit' | 'wait'): Promise<{ parent: ReturnType<typeof spawn>; javaPid: number; exited: Promise<number | null> }> {
    const script = [
      `import { startNeo4j } from ${JSON.stringify(launcherJs)};`,
      `const neo = await startNeo4j({ dataDir: ${JSON.stringify(dataDir)}, detached: false });`,
      `console.log('JAVA_PID ' + neo.pid);`,
      then === 'wait' ? 'setInterval(() => {}, 1_000);' : '// nothing keeps the loop alive: node exits now',
    ].join('\n');
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => parent.once('exit', (code) => resolve(code)));
    let output = '';
    parent.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const javaPid = await new Promise<number>((resolve, reject) => {
      parent.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /JAVA_PID (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      void exited.then(() => setTimeout(() => reject(new Error(`parent exited before Neo4j was ready:\n${output}`)), 100));
    });
    return { parent, javaPid, exited };
  }

  it('exits when the parent is killed with SIGKILL', async () => {
    const dataDir = await tempDir('neo4j-orphan');
    const { parent, javaPid, exited } = await parentStartsNeo4j(dataDir, 'wait');
    expect(isRunning(javaPid)).toBe(true);
    parent.kill('SIGKILL');
    await exited;
    expect(await waitUntilGone(javaPid, 15_000)).toBe(true);
    // The parent's tee of stderr died with it, so ask Neo4j's own log whether the store was closed cleanly.
    const debugLog = await readFile(path.join(dataDir, 'neo4j-db', 'logs', 'debug.log'), 'utf8');
    expect(debugLog).toContain('Shutdown started');
    expect(debugLog).toMatch(/Stopped 'DatabaseId\{[0-9a-f]+\[neo4j\]\}' successfully/);
  }, START_TIMEOUT);

  it('exits when the parent simply ends (the child does not keep node alive)', async () => {
    const dataDir = await tempDir('neo4j-orphan-exit');
    const { javaPid, exited } = await parentStartsNeo4j(dataDir, 'exit');
    expect(await exited).toBe(0);
    expect(await waitUntilGone(javaPid, 15_000)).toBe(true);
  }, START_TIMEOUT);
});
