// launcher: runs a real Neo4j 5.26 LTS (community, in-process in a JVM started from Maven Central
// jars) with Bolt on 127.0.0.1, for `newsgraph neo4j start|stop|status` and for the test suite.
// Contract: startNeo4j resolves once the JVM printed "NEO4J READY bolt://..." AND a neo4j-driver
// session answered RETURN 1; it throws Neo4jLaunchError (naming DATA_DIR/neo4j.log) otherwise.
// detached=true: a background process that outlives the caller (stop it with stopNeo4j);
// detached=false: a child that exits when this process exits (stdin pipe EOF), and that does not
// keep this process's event loop alive. Files live in DATA_DIR (see launcherState.ts). Example:
//   const neo = await startNeo4j({ dataDir: '.newsgraph', detached: false });
//   ... neo4j.driver(neo.uri) ...; await neo.stop();
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, fstatSync, openSync, writeSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { launcherCommand } from './launcherCommand.js';
import { launcherState } from './launcherState.js';
import { Neo4jLaunchError } from './neo4jLaunchError.js';

export { Neo4jLaunchError } from './neo4jLaunchError.js';

export interface StartNeo4jOptions {
  /** newsgraph data directory; the store goes to DATA_DIR/neo4j-db. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 or missing picks a free one. */
  port?: number;
  /** true: background process with pid file; false: child that dies with this process. */
  detached: boolean;
  /** Progress and launcher output lines. */
  onLog?: (line: string) => void;
  /** Whole start-up including the first-run Maven resolution. */
  timeoutMs?: number;
  /** JVM -Xmx. */
  heap?: string;
  /** Neo4j server.memory.pagecache.size. */
  pagecache?: string;
}

export interface RunningNeo4j {
  /** bolt://127.0.0.1:PORT (neo4j://127.0.0.1:PORT works too). */
  uri: string;
  pid: number;
  /** SIGTERM, wait for a clean exit (SIGKILL after 30 s); removes neo4j.json. */
  stop(): Promise<void>;
}

export interface Neo4jStatus {
  running: boolean;
  dataDir: string;
  logFile: string;
  uri?: string;
  pid?: number;
  detached?: boolean;
}

export interface StopNeo4jResult {
  /** A live launcher was found (and is now stopped). */
  wasRunning: boolean;
  pid?: number;
  /** SIGTERM was not enough. */
  killed: boolean;
}

const DEFAULTS = {
  port: 0,
  timeoutMs: 180_000,
  /** Minimum left for the JVM itself after a slow first-run build. */
  minJvmTimeoutMs: 60_000,
  heap: '1g',
  pagecache: '256m',
  stopGraceMs: 30_000,
} as const;

const READY = /^NEO4J READY (bolt:\/\/\S+)\s*$/m;

export async function startNeo4j(options: StartNeo4jOptions): Promise<RunningNeo4j> {
  const begin = Date.now();
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const log = options.onLog ?? (() => {});
  const files = launcherState.paths(options.dataDir);
  await mkdir(files.storeDir, { recursive: true });

  const existing = await launcherState.read(files.dataDir);
  if (existing && launcherState.isAlive(existing.pid, existing.storeDir)) {
    throw new Neo4jLaunchError('ALREADY_RUNNING', `Neo4j already runs on ${files.dataDir} (pid ${existing.pid}, ${existing.uri ?? 'starting'}); stop it first`, { logFile: files.logFile });
  }

  const cmd = await launcherCommand({ onLog: log, heap: options.heap ?? DEFAULTS.heap });
  // A slow first-run build (Maven, CDS training) must not leave the JVM itself without time.
  const deadline = Math.max(begin + timeoutMs, Date.now() + Math.min(timeoutMs, DEFAULTS.minJvmTimeoutMs));
  const args = [
    ...cmd.jvmArgs,
    cmd.mainClass,
    files.storeDir,
    String(options.port ?? DEFAULTS.port),
    '--pagecache',
    options.pagecache ?? DEFAULTS.pagecache,
    ...(options.detached ? [] : ['--exit-on-stdin-eof']),
  ];
  log(`starting Neo4j 5.26 in ${files.storeDir}...`);
  const header = `--- newsgraph: starting Neo4j (${options.detached ? 'detached' : 'child'}) at ${new Date(Date.now()).toISOString()}\n`;

  let child: ChildProcess;
  let readyLine: Promise<string>;
  if (options.detached) {
    const fd = openSync(files.logFile, 'a');
    writeSync(fd, header);
    const offset = fstatSync(fd).size;
    try {
      child = spawn(cmd.command, args, { cwd: files.dataDir, env: cmd.env, detached: true, stdio: ['ignore', fd, fd] });
    } finally {
      closeSync(fd);
    }
    child.unref();
    readyLine = readyFromLog(files.logFile, offset, child, deadline);
  } else {
    child = spawn(cmd.command, args, { cwd: files.dataDir, env: cmd.env, stdio: ['pipe', 'pipe', 'pipe'] });
    readyLine = readyFromPipes(child, files.logFile, header, log, deadline);
  }

  readyLine.catch(() => {}); // handled below; avoids an unhandled rejection if a write fails first
  const pid = child.pid;
  try {
    if (pid === undefined) {
      // spawn failed synchronously-ish (ENOENT etc.): the error event carries the reason.
      await readyLine;
      throw new Neo4jLaunchError('START_FAILED', 'java did not start', { logFile: files.logFile });
    }
    const state = { pid, uri: null, detached: options.detached, storeDir: files.storeDir, logFile: files.logFile, startedAt: new Date(begin).toISOString() };
    await launcherState.write(files.dataDir, state);
    const uri = await readyLine;
    await checkBolt(uri, deadline, files.logFile);
    await launcherState.write(files.dataDir, { ...state, uri });
    if (!options.detached) unrefChild(child);
    log(`Neo4j ready at ${uri} (pid ${pid}, ${((Date.now() - begin) / 1000).toFixed(1)} s)`);
    const stop = options.detached
      ? async () => {
          await stopNeo4j(files.dataDir);
        }
      : () => stopChild(child, files.dataDir);
    return { uri, pid, stop };
  } catch (error) {
    if (pid !== undefined) {
      await stopChild(child, files.dataDir);
    }
    if (error instanceof Neo4jLaunchError) throw error;
    throw new Neo4jLaunchError('START_FAILED', `Neo4j failed to start: ${String(error)}`, { logFile: files.logFile, cause: error });
  }
}

export async function stopNeo4j(dataDir: string, options: { graceMs?: number } = {}): Promise<StopNeo4jResult> {
  const state = await launcherState.read(dataDir);
  if (!state) return { wasRunning: false, killed: false };
  if (!launcherState.isAlive(state.pid, state.storeDir)) {
    await launcherState.remove(dataDir, state.pid);
    return { wasRunning: false, pid: state.pid, killed: false };
  }
  const killed = await launcherState.terminate(state.pid, options.graceMs ?? DEFAULTS.stopGraceMs);
  await launcherState.remove(dataDir, state.pid);
  return { wasRunning: true, pid: state.pid, killed };
}

export async function neo4jStatus(dataDir: string): Promise<Neo4jStatus> {
  const files = launcherState.paths(dataDir);
  const state = await launcherState.read(dataDir);
  const base = { dataDir: files.dataDir, logFile: files.logFile };
  if (!state || !launcherState.isAlive(state.pid, state.storeDir)) return { running: false, ...base };
  return { running: true, ...base, pid: state.pid, detached: state.detached, ...(state.uri ? { uri: state.uri } : {}) };
}

/** Child mode: tee stdout/stderr into the log file, resolve on the ready line. */
function readyFromPipes(child: ChildProcess, logFile: string, header: string, log: (line: string) => void, deadline: number): Promise<string> {
  const out = createWriteStream(logFile, { flags: 'a' });
  out.write(header);
  const tail: string[] = [];
  return new Promise<string>((resolve, reject) => {
    const fail = failer(child, logFile, () => tail.join('\n'), reject);
    const timer = setTimeout(() => fail('TIMEOUT'), Math.max(0, deadline - Date.now()));
    const onLine = (stream: 'out' | 'err') => (line: string) => {
      out.write(line + '\n');
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (stream === 'err') log(`neo4j: ${line}`);
      const match = READY.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    createInterface({ input: child.stdout! }).on('line', onLine('out'));
    createInterface({ input: child.stderr! }).on('line', onLine('err'));
    child.once('error', (error) => fail('START_FAILED', error));
    // 'close' (not 'exit'): stdio is drained, so the tail holds the JVM's last words.
    child.once('close', () => {
      clearTimeout(timer);
      out.end();
      fail('START_FAILED');
    });
  });
}

/** Detached mode: the JVM writes to the log file itself; poll it from `offset`. */
function readyFromLog(logFile: string, offset: number, child: ChildProcess, deadline: number): Promise<string> {
  let text = '';
  return new Promise<string>((resolve, reject) => {
    let exited = false;
    const fail = failer(child, logFile, () => text.split('\n').slice(-30).join('\n'), reject);
    child.once('error', (error) => {
      exited = true;
      fail('START_FAILED', error);
    });
    child.once('exit', () => {
      exited = true;
    });
    const poll = async (): Promise<void> => {
      const handle = await open(logFile, 'r');
      try {
        const { size } = await handle.stat();
        if (size > offset) {
          const buffer = Buffer.alloc(size - offset);
          await handle.read(buffer, 0, buffer.length, offset);
          text = buffer.toString('utf8');
        }
      } finally {
        await handle.close();
      }
      const match = READY.exec(text);
      if (match?.[1]) return resolve(match[1]);
      if (exited) return fail('START_FAILED');
      if (Date.now() > deadline) return fail('TIMEOUT');
      setTimeout(() => void poll().catch((error: unknown) => fail('START_FAILED', error)), 200);
    };
    void poll().catch((error: unknown) => fail('START_FAILED', error));
  });
}

function failer(child: ChildProcess, logFile: string, tail: () => string, reject: (e: Error) => void) {
  let done = false;
  return (code: 'START_FAILED' | 'TIMEOUT', cause?: unknown): void => {
    if (done) return;
    done = true;
    const spawnError = (cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    const what = spawnError
      ? 'java not found: a Java 17+ JDK is needed to run embedded Neo4j'
      : code === 'TIMEOUT'
        ? 'Neo4j did not become ready in time'
        : `Neo4j exited during start-up (code ${child.exitCode ?? child.signalCode ?? '?'})`;
    const output = tail().trim();
    // The launcher's own summary line (whole cause chain) beats a stack trace tail.
    const failed = /^NEO4J FAILED .*$/m.exec(output)?.[0];
    const detail = failed ?? output.split('\n').slice(-15).join('\n');
    reject(new Neo4jLaunchError(spawnError ? 'TOOLCHAIN' : code, detail ? `${what}:\n${detail}` : what, { logFile, cause }));
  };
}

/** The ready line means Bolt is bound; this proves a driver session works end to end. */
async function checkBolt(uri: string, deadline: number, logFile: string): Promise<void> {
  let lastError: unknown;
  do {
    const driver = neo4j.driver(uri, undefined, { connectionTimeout: 5_000 });
    try {
      const result = await driver.executeQuery('RETURN 1 AS one');
      if (result.records[0]?.get('one')?.toNumber?.() === 1) return;
      lastError = new Error('RETURN 1 gave ' + JSON.stringify(result.records));
    } catch (error) {
      lastError = error;
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 250));
  } while (Date.now() < deadline);
  throw new Neo4jLaunchError('START_FAILED', `Neo4j printed its ready line but Bolt at ${uri} does not answer RETURN 1: ${String(lastError)}`, { logFile, cause: lastError });
}

/** Let this process exit while the child runs; the stdin pipe then closes and the JVM follows. */
function unrefChild(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as Socket | null)?.unref?.();
  }
}

async function stopChild(child: ChildProcess, dataDir: string): Promise<void> {
  const pid = child.pid;
  if (pid !== undefined && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), DEFAULTS.stopGraceMs);
    });
    if ((await Promise.race([exited, graceOver])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
    clearTimeout(timer);
  }
  if (pid !== undefined) await launcherState.remove(dataDir, pid);
}
