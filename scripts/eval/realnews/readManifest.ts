// tests/realnews/manifest.tsv -> ManifestRow[]: one row per article, `id TAB url TAB story TAB
// stated_date` (an optional header row starting with "id" is skipped). A bad row is a
// RealnewsFormatError naming the file and line; ids and urls must be unique.
// Example: "minsk-01\thttps://x.com/2015/02/12/a\tminsk\t2015-02-12"
//   -> { id: 'minsk-01', url: 'https://x.com/2015/02/12/a', story: 'minsk', statedDate: '2015-02-12' }
import { readFile } from 'node:fs/promises';
import type { ManifestRow } from './realnewsTypes.js';
import { RealnewsFormatError } from './realnewsFormatError.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseManifest(content: string, file: string): ManifestRow[] {
  const rows: ManifestRow[] = [];
  const seen = new Map<string, number>();
  content.split(/\r?\n/).forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === '' || (n === 1 && line.startsWith('id\t'))) return;
    const bad = (why: string) => new RealnewsFormatError(`${file} line ${n}: ${why}`);
    const cells = line.split('\t');
    if (cells.length < 3 || cells.length > 4) throw bad(`expected 3 or 4 tab-separated cells (id, url, story, stated_date), got ${cells.length}`);
    const [id, url, story, stated = ''] = cells.map((c) => c.trim()) as [string, string, string, string?];
    if (!ID.test(id)) throw bad(`id "${id}" must be lower-case words joined by hyphens`);
    if (!/^https?:\/\/\S+$/.test(url)) throw bad(`url "${url}" is not an http(s) URL`);
    if (!ID.test(story)) throw bad(`story "${story}" must be lower-case words joined by hyphens`);
    if (stated !== '' && !ISO_DAY.test(stated)) throw bad(`stated_date "${stated}" must be YYYY-MM-DD or empty`);
    for (const key of [`id ${id}`, `url ${url}`]) {
      const first = seen.get(key);
      if (first !== undefined) throw bad(`${key} is already on line ${first}`);
      seen.set(key, n);
    }
    rows.push({ id, url, story, statedDate: stated === '' ? null : stated });
  });
  return rows;
}

export async function readManifest(file: string): Promise<ManifestRow[]> {
  return parseManifest(await readFile(file, 'utf8'), file);
}
