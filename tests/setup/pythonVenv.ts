// Vitest global setup for the Python tests (*.python*.test.ts): a virtual environment in
// .venv-test/ (git-ignored) with exactly the pinned packages of examples/notebooks/requirements.txt,
// whose interpreter the tests get as inject('pythonPath'). The environment is reused while the
// requirements file and the base interpreter are unchanged (a stamp file holds their SHA-256) and
// rebuilt from scratch otherwise. If it cannot be built (no python3, no venv module, PyPI out of
// reach), the run fails naming the step: the Python tests never skip. PYTHON picks the base
// interpreter (python3 by default).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The interpreter of the test virtual environment (pandas, networkx, nbclient... installed). */
    pythonPath: string;
  }
}

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const VENV = path.join(ROOT, '.venv-test');
const REQUIREMENTS = path.join(ROOT, 'examples', 'notebooks', 'requirements.txt');
const STAMP = path.join(VENV, 'requirements.sha256');
const PYTHON = path.join(VENV, 'bin', 'python');

export default async function setup(project: TestProject): Promise<void> {
  const base = process.env.PYTHON?.trim() || 'python3';
  const version = (await step(`${base} --version`, base, ['--version'])).trim();
  const stamp = createHash('sha256').update(`${version}\n`).update(await readFile(REQUIREMENTS)).digest('hex');
  const current = existsSync(PYTHON) ? await readFile(STAMP, 'utf8').catch(() => '') : '';
  if (current.trim() !== stamp) {
    const started = Date.now();
    process.stderr.write(`[python setup] building ${path.relative(ROOT, VENV)} with ${version} and ${path.relative(ROOT, REQUIREMENTS)}\n`);
    await rm(VENV, { recursive: true, force: true });
    await step(`${base} -m venv`, base, ['-m', 'venv', VENV]);
    await step('pip install -r requirements.txt', PYTHON, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-q', '-r', REQUIREMENTS]);
    await writeFile(STAMP, `${stamp}\n`);
    process.stderr.write(`[python setup] ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  project.provide('pythonPath', PYTHON);
}

async function step(name: string, file: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(file, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { message: string; stderr?: string };
    throw new Error(
      `The Python tests need a virtual environment with examples/notebooks/requirements.txt installed, and the step "${name}" failed ` +
        `(Debian: apt-get install python3-venv; PyPI must be reachable): ${(e.stderr ?? '').trim() || e.message}`,
      { cause: error },
    );
  }
}
