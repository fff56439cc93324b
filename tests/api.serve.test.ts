// `newsgraph serve` and its API tokens: read-only by default; --token-file and NEWSGRAPH_API_TOKEN
// allow mutations with `Authorization: Bearer <token>`; a bad token file stops the command with a
// message naming the file. The server runs as a child process over an empty memory store.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from './support/closedPort.js';
import { runCli } from './support/runCli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const FILE_TOKEN = 'file-token-0123456789abcdef';
const ENV_TOKEN = 'env-token-0123456789abcdef';
let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-serve-'));
});
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
});

/** Starts `newsgraph serve` on a free port; resolves with its GraphQL URL and first lines once it listens. */
async function serve(args: string[], env: Record<string, string> = {}): Promise<{ url: string; output: string }> {
  const port = await closedPort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--data', path.join(dir, `data-${port}`), '--port', String(port), ...args], {
    cwd: ROOT, env: { ...process.env, NEWSGRAPH_API_TOKEN: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += String(chunk);
      if (/read-only|mutations allowed/.test(output)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, output };
}

async function merge(url: string, token?: string): Promise<{ status: number; code: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: 'mutation { mergeEntities(keep: "Kim", drop: "Moon") { audit { id } } }' }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: unknown } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions.code };
}

describe('newsgraph serve', () => {
  it('is read-only without a token', async () => {
    const { url, output } = await serve([]);
    expect(output).toContain('read-only (no API token configured)');
    expect(await merge(url, FILE_TOKEN)).toEqual({ status: 403, code: 'FORBIDDEN' });
  }, 60_000);

  it('takes the tokens of --token-file and NEWSGRAPH_API_TOKEN', async () => {
    const file = path.join(dir, 'tokens');
    await writeFile(file, `alice ${FILE_TOKEN}\n`);
    const { url, output } = await serve(['--token-file', file], { NEWSGRAPH_API_TOKEN: ENV_TOKEN });
    expect(output).toContain('mutations allowed with the API tokens of NEWSGRAPH_API_TOKEN, alice');
    expect(await merge(url)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    // Past the token check: the empty store knows no Kim.
    expect(await merge(url, FILE_TOKEN)).toEqual({ status: 200, code: 'NOT_FOUND' });
    expect(await merge(url, ENV_TOKEN)).toEqual({ status: 200, code: 'NOT_FOUND' });
  }, 60_000);

  it('stops with a message naming a token file that holds a short token', async () => {
    const file = path.join(dir, 'short');
    await writeFile(file, 'bob short\n');
    const result = await runCli(['serve', '--data', path.join(dir, 'short-data'), '--port', String(await closedPort()), '--token-file', file], { NEWSGRAPH_API_TOKEN: '' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${file}:1: an API token needs at least 16 characters`);
  }, 60_000);
});
