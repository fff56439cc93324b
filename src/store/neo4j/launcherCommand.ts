// launcherCommand: builds (once) and describes the JVM command that runs embedded Neo4j 5.26.
// Contract: resolves the Maven classpath of scripts/neo4j/pom.xml into
// scripts/neo4j/target/classpath.txt (jars stay in ~/.m2), compiles Neo4jLauncher.java into
// scripts/neo4j/target/classes and target/neo4j-launcher.jar when missing or stale, records a
// class-data-sharing archive (target/neo4j-cds.jsa, one training run, saves ~30% start-up CPU;
// NEWSGRAPH_NEO4J_CDS=0 turns it off), and returns the java command, its flags and an env carrying
// CLASSPATH (keeps `ps` readable). Concurrent callers (parallel test files, other shells) share
// one build through a lock file. Example:
//   const cmd = await launcherCommand({ onLog: console.error });
//   spawn(cmd.command, [...cmd.jvmArgs, cmd.mainClass, storeDir, '0'], { env: cmd.env });
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jLaunchError } from './neo4jLaunchError.js';

export interface LauncherCommandOptions {
  /** Progress lines ("resolving Neo4j jars ..."). */
  onLog?: (line: string) => void;
  /** JVM heap maximum, e.g. "1g". */
  heap?: string;
  /** JVM initial heap, e.g. "256m". */
  initialHeap?: string;
  /** How long to wait for another process's build lock. */
  lockTimeoutMs?: number;
}

export interface LauncherCommand {
  /** Path of the java executable ($JAVA_HOME/bin/java or `java`). */
  command: string;
  /** JVM flags, to go before mainClass. */
  jvmArgs: string[];
  mainClass: string;
  /** process.env plus CLASSPATH. */
  env: NodeJS.ProcessEnv;
  /** scripts/neo4j */
  launcherDir: string;
}

const DEFAULTS = { heap: '1g', initialHeap: '256m', lockTimeoutMs: 300_000 } as const;

const MAIN_CLASS = 'newsgraph.Neo4jLauncher';
const SOURCE = 'src/main/java/newsgraph/Neo4jLauncher.java';
const JAR = 'target/neo4j-launcher.jar';
const CDS_ARCHIVE = 'target/neo4j-cds.jsa';
const CDS_FAILED = 'target/neo4j-cds.failed';
const CDS_TRAINING_TIMEOUT_MS = 180_000;

/**
 * Flags Neo4j 5.26 needs on Java 17. Without the three --add-opens the store still starts, but the
 * page cache falls back to a slow mode ("Reflection access to java.nio.DirectByteBuffer is not
 * available") and transaction-log native access fails ("Incorrect file descriptor").
 */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
] as const;

export async function launcherCommand(options: LauncherCommandOptions = {}): Promise<LauncherCommand> {
  const heap = options.heap ?? DEFAULTS.heap;
  const initialHeap = options.initialHeap ?? DEFAULTS.initialHeap;
  const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULTS.lockTimeoutMs;
  const log = options.onLog ?? (() => {});

  const launcherDir = findLauncherDir();
  const target = path.join(launcherDir, 'target');
  await mkdir(target, { recursive: true });
  const command = javaTool('java');
  const jvmArgs = [`-Xms${initialHeap}`, `-Xmx${heap}`, ...JVM_FLAGS];
  const { classpath, cds } = await withLock(path.join(target, '.build.lock'), lockTimeoutMs, async () => {
    const jars = await ensureClasspath(launcherDir, log);
    await ensureCompiled(launcherDir, jars, log);
    const cp = [path.join(launcherDir, JAR), jars].join(path.delimiter);
    const archive = process.env.NEWSGRAPH_NEO4J_CDS === '0' ? undefined : await ensureCdsArchive(launcherDir, command, jvmArgs, cp, log);
    return { classpath: cp, cds: archive };
  });

  return {
    command,
    jvmArgs: cds ? [...jvmArgs, `-XX:SharedArchiveFile=${cds}`] : jvmArgs,
    mainClass: MAIN_CLASS,
    env: { ...process.env, CLASSPATH: classpath },
    launcherDir,
  };
}

/** scripts/neo4j, found by walking up from this module (works from src/ and from dist/). */
function findLauncherDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'scripts', 'neo4j');
    if (existsSync(path.join(candidate, 'pom.xml'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Neo4jLaunchError('TOOLCHAIN', 'scripts/neo4j/pom.xml not found above ' + fileURLToPath(import.meta.url));
    }
    dir = parent;
  }
}

function javaTool(name: 'java' | 'javac' | 'jar'): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', name);
    if (existsSync(candidate)) return candidate;
  }
  return name;
}

async function ensureClasspath(launcherDir: string, log: (line: string) => void): Promise<string> {
  const pom = path.join(launcherDir, 'pom.xml');
  const out = path.join(launcherDir, 'target', 'classpath.txt');
  if (await isNewerThan(out, [pom])) {
    const cached = (await readFile(out, 'utf8')).trim();
    // ~/.m2 may have been cleaned since: every jar must still be there.
    if (cached && cached.split(path.delimiter).every((jar) => existsSync(jar))) return cached;
  }
  log('resolving Neo4j jars from Maven Central (first run only)...');
  const tmp = `${out}.tmp-${process.pid}`;
  await run('mvn', ['-B', '-q', 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`], launcherDir, 'MAVEN_FAILED');
  await rename(tmp, out);
  return (await readFile(out, 'utf8')).trim();
}

async function ensureCompiled(launcherDir: string, classpath: string, log: (line: string) => void): Promise<void> {
  const source = path.join(launcherDir, SOURCE);
  const jar = path.join(launcherDir, JAR);
  if (await isNewerThan(jar, [source, path.join(launcherDir, 'target', 'classpath.txt')])) return;
  log('compiling the Neo4j launcher...');
  const classes = path.join(launcherDir, 'target', 'classes');
  const tmp = `${classes}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await run(
    javaTool('javac'),
    ['-encoding', 'UTF-8', '--release', '17', '-cp', classpath, '-d', tmp, source],
    launcherDir,
    'COMPILE_FAILED',
  );
  // A jar, not the classes directory, goes on the classpath: class-data sharing refuses directories.
  await run(javaTool('jar'), ['cf', `${jar}.tmp-${process.pid}`, '-C', tmp, '.'], launcherDir, 'COMPILE_FAILED');
  await rm(classes, { recursive: true, force: true });
  await rename(tmp, classes);
  await rename(`${jar}.tmp-${process.pid}`, jar);
}

/**
 * One training JVM (start Neo4j on a scratch store, run a few queries, exit) dumps the classes it
 * loaded into a dynamic CDS archive (-XX:ArchiveClassesAtExit, JDK 13+). Later JVMs map it instead
 * of parsing ~200 jars. Best effort: on failure the launcher runs without it, and says so once.
 */
async function ensureCdsArchive(launcherDir: string, java: string, jvmArgs: string[], classpath: string, log: (line: string) => void): Promise<string | undefined> {
  const archive = path.join(launcherDir, CDS_ARCHIVE);
  const failed = path.join(launcherDir, CDS_FAILED);
  const inputs = [path.join(launcherDir, JAR), path.join(launcherDir, 'target', 'classpath.txt')];
  if (await isNewerThan(archive, inputs)) return archive;
  if (await isNewerThan(failed, inputs)) return undefined;
  log('recording a class-data-sharing archive for faster Neo4j starts (first run only)...');
  const tmp = `${archive}.tmp-${process.pid}`;
  const store = path.join(launcherDir, 'target', `cds-training-${process.pid}`);
  const args = [...jvmArgs, `-XX:ArchiveClassesAtExit=${tmp}`, MAIN_CLASS, store, '0', '--cds-training', '--pagecache', '32m'];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(java, args, { cwd: launcherDir, env: { ...process.env, CLASSPATH: classpath }, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), CDS_TRAINING_TIMEOUT_MS);
      child.once('error', reject);
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0 && existsSync(tmp)) resolve();
        else reject(new Error(`training JVM exited with ${code ?? signal}:\n${text.split('\n').slice(-20).join('\n')}`));
      });
    });
    await rename(tmp, archive);
    await rm(failed, { force: true });
    return archive;
  } catch (error) {
    log(`class-data-sharing archive not created, starting without it (${String(error).split('\n')[0]}); details in ${failed}`);
    await writeFile(failed, String(error) + '\n');
    await rm(tmp, { force: true });
    return undefined;
  } finally {
    await rm(store, { recursive: true, force: true });
  }
}

/** `file` exists and is at least as new as every input. */
async function isNewerThan(file: string, inputs: string[]): Promise<boolean> {
  if (!existsSync(file)) return false;
  const built = (await stat(file)).mtimeMs;
  for (const input of inputs) {
    if ((await stat(input)).mtimeMs > built) return false;
  }
  return true;
}

function run(command: string, args: string[], cwd: string, code: 'MAVEN_FAILED' | 'COMPILE_FAILED'): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        const hint = command === 'mvn' ? 'Maven 3 (mvn) is' : 'a Java 17+ JDK (java, javac) is';
        return reject(new Neo4jLaunchError('TOOLCHAIN', `${command} not found: ${hint} needed to run embedded Neo4j`, { cause: error }));
      }
      const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n');
      reject(new Neo4jLaunchError(code, `${path.basename(command)} ${args.slice(0, 3).join(' ')} failed in ${cwd}:\n${output}`, { cause: error }));
    });
  });
}

/** A lock file holding the owner's pid; a lock whose owner is dead is taken over. */
async function withLock<T>(lockFile: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await lockIsStale(lockFile)) {
        await unlink(lockFile).catch(() => {});
        continue;
      }
      if (Date.now() > deadline) {
        throw new Neo4jLaunchError('LOCKED', `another process holds ${lockFile}; delete it if no newsgraph build is running`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(lockFile).catch(() => {});
  }
}

async function lockIsStale(lockFile: string): Promise<boolean> {
  try {
    const owner = Number((await readFile(lockFile, 'utf8')).trim());
    if (!Number.isInteger(owner) || owner <= 0) {
      // Written between open and write, or garbage: stale only once clearly old.
      return Date.now() - (await stat(lockFile)).mtimeMs > 30_000;
    }
    process.kill(owner, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ESRCH' || code === 'ENOENT';
  }
}
