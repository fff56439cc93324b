// launcherState: the files an embedded Neo4j keeps in its newsgraph data directory, and the
// process checks built on them. Layout of DATA_DIR:
//   neo4j-db/    the Neo4j home (data/databases, data/transactions, logs/debug.log)
//   neo4j.log    the launcher's stdout/stderr (ready line, failures), appended per start
//   neo4j.json   {pid, uri, detached, ...} while an instance runs; removed by stop
// Example: const s = await launcherState.read('/data'); if (s && launcherState.isAlive(s.pid)) ...
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface LauncherStateFile {
  pid: number;
  /** bolt://127.0.0.1:PORT once ready; null while starting. */
  uri: string | null;
  detached: boolean;
  storeDir: string;
  logFile: string;
  startedAt: string;
}

const MAIN_CLASS_MARK = 'newsgraph.Neo4jLauncher';

export const launcherState = {
  paths(dataDir: string): { dataDir: string; storeDir: string; logFile: string; stateFile: string; debugLog: string } {
    const dir = path.resolve(dataDir);
    const storeDir = path.join(dir, 'neo4j-db');
    return {
      dataDir: dir,
      storeDir,
      logFile: path.join(dir, 'neo4j.log'),
      stateFile: path.join(dir, 'neo4j.json'),
      debugLog: path.join(storeDir, 'logs', 'debug.log'),
    };
  },

  async read(dataDir: string): Promise<LauncherStateFile | undefined> {
    try {
      const parsed = JSON.parse(await readFile(launcherState.paths(dataDir).stateFile, 'utf8')) as Partial<LauncherStateFile>;
      if (typeof parsed.pid !== 'number') return undefined;
      return parsed as LauncherStateFile;
    } catch {
      return undefined;
    }
  },

  async write(dataDir: string, state: LauncherStateFile): Promise<void> {
    const file = launcherState.paths(dataDir).stateFile;
    const tmp = `${file}.tmp-${process.pid}`;
    await writeFile(tmp, JSON.stringify(state, null, 2) + '\n');
    await rename(tmp, file);
  },

  /** Removes neo4j.json, but only if it still describes `pid` (a newer start may have replaced it). */
  async remove(dataDir: string, pid?: number): Promise<void> {
    if (pid !== undefined) {
      const current = await launcherState.read(dataDir);
      if (current && current.pid !== pid) return;
    }
    await rm(launcherState.paths(dataDir).stateFile, { force: true });
  },

  /**
   * True when `pid` is a live Neo4jLauncher JVM, serving `storeDir` when given. On Linux this is
   * checked through /proc, so a reused pid (or another data directory's launcher) does not count.
   */
  isAlive(pid: number, storeDir?: string): boolean {
    try {
      process.kill(pid, 0);
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (process.platform !== 'linux') return true;
    try {
      // A zombie has an empty cmdline: it counts as gone.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args.includes(MAIN_CLASS_MARK) && (storeDir === undefined || args.includes(storeDir));
    } catch {
      return false;
    }
  },

  /** Polls until `pid` is gone; false on timeout. */
  async waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (launcherState.isAlive(pid)) {
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
    return true;
  },

  /** SIGTERM (clean store shutdown), then SIGKILL after `graceMs`. Returns whether SIGKILL was needed. */
  async terminate(pid: number, graceMs: number): Promise<boolean> {
    signal(pid, 'SIGTERM');
    if (await launcherState.waitForExit(pid, graceMs)) return false;
    signal(pid, 'SIGKILL');
    await launcherState.waitForExit(pid, 10_000);
    return true;
  },
};

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
