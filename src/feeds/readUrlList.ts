// A list file of URLs (`ingest --urls FILE`, `watch --feeds FILE`): one URL per line; blank lines
// and lines starting with # are ignored, and so is anything after " #" on a line. A line that is
// no http(s) URL is reported with its file and line number.
// Example: readUrlList('feeds.txt') with "# world\nhttps://x.org/rss  # X world\nftp://y\n"
//   -> { urls: ['https://x.org/rss'], skipped: [{ source: 'feeds.txt:3', reason: 'feeds.txt:3: not an http(s) URL: ftp://y' }] }
import { readFile } from 'node:fs/promises';
import type { Skipped } from '../model/index.js';

export async function readUrlList(file: string): Promise<{ urls: string[]; skipped: Skipped[] }> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const urls: string[] = [];
  const skipped: Skipped[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(?:^|\s)#.*$/, '').trim();
    if (line === '') return;
    const source = `${file}:${index + 1}`;
    if (isHttpUrl(line)) urls.push(line);
    else skipped.push({ source, reason: `${source}: not an http(s) URL: ${line}` });
  });
  return { urls, skipped };
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
