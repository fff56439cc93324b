// The read stage's entry: files and folders -> Articles, plus a Skipped entry (with a reason
// naming the file) for everything that could not be read. Folders are walked recursively in
// sorted order (hidden entries ignored); .txt, .md, .html/.htm, .jsonl are read. Never throws
// for bad data; a bad file or JSONL line never loses the other articles. An article whose cleaned
// text is identical to an earlier one (same id) is skipped as a duplicate.
// Example: await readSources(['examples/articles', 'missing.txt'])
//   -> { articles: [5 articles, source 'examples/articles/000_….txt', …],
//        skipped: [{ source: 'missing.txt', reason: 'missing.txt: no such file or directory' }] }
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Skipped } from '../model/index.js';
import { decodeText } from './decodeText.js';
import { mergeReads } from './mergeReads.js';
import { readJsonl } from './readJsonl.js';
import type { ReadResult } from './readResult.js';
import { readText } from './readText.js';

export interface ReadSourcesOptions {
  /** Called after each file: files done, files found, the file just read. */
  onProgress?: (done: number, total: number, source: string) => void;
}

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(['.txt', '.md', '.html', '.htm', '.jsonl']);

function errorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Files under the given paths, in order; missing or unreadable paths go to skipped. */
async function listFiles(paths: readonly string[], skipped: Skipped[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = async (path: string): Promise<void> => {
    let real: string;
    let info;
    try {
      info = await stat(path);
      real = await realpath(path);
    } catch (err) {
      skipped.push({ source: path, reason: `${path}: ${errorReason(err)}` });
      return;
    }
    if (seen.has(real)) return; // same file or folder given twice, or a symlink loop
    seen.add(real);
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = await readdir(path);
      } catch (err) {
        skipped.push({ source: path, reason: `${path}: cannot list folder (${errorReason(err)})` });
        return;
      }
      for (const name of names.filter((n) => !n.startsWith('.')).sort(byName)) await visit(join(path, name));
    } else if (info.isFile()) {
      files.push(path);
    } else {
      skipped.push({ source: path, reason: `${path}: not a regular file` });
    }
  };
  for (const path of paths) await visit(path);
  return files;
}

async function readOne(file: string): Promise<ReadResult> {
  const skip = (reason: string): ReadResult => ({ articles: [], skipped: [{ source: file, reason: `${file}: ${reason}` }] });
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    return skip(`${ext === '' ? 'no file extension' : `unsupported file type '${ext}'`} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return skip(`cannot read file (${errorReason(err)})`);
  }
  const decoded = decodeText(bytes);
  if ('reason' in decoded) return skip(decoded.reason);
  try {
    if (ext === '.jsonl') return readJsonl(decoded.text, file);
    // jsdom is loaded only when there is HTML to read: it costs a third of a second at start-up.
    if (ext === '.html' || ext === '.htm') return (await import('./readHtml.js')).readHtml(decoded.text, file);
    return readText(decoded.text, file, { markdown: ext === '.md' });
  } catch (err) {
    // A reader bug or a pathological input must not cost the other files.
    return skip(`could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
}

export async function readSources(paths: string[], options: ReadSourcesOptions = {}): Promise<ReadResult> {
  const unlisted: Skipped[] = [];
  const files = await listFiles(paths, unlisted);
  const reads: ReadResult[] = [{ articles: [], skipped: unlisted }];
  for (const [i, file] of files.entries()) {
    reads.push(await readOne(file));
    options.onProgress?.(i + 1, files.length, file);
  }
  return mergeReads(reads);
}
