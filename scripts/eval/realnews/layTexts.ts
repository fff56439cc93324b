// `npm run realnews:lay [-- --responses DIR] [--texts DIR] [--manifest FILE]`: lays the real-news
// texts again. Reads the search answers saved under .realnews/responses/ (each file one JSON
// answer of the search tool, {results: [{url, excerpt}]}, or an array of them), and writes
// .realnews/ID.txt, the excerpt exactly as returned, for every manifest row whose URL they hold.
// Lists the rows it could not find. Exit 0 when every row was laid, 1 when some were not.
// Example: npm run realnews:lay  ->  "laid 163 of 163 articles into .realnews/"
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readManifest } from './readManifest.js';

interface Answer {
  results?: { url?: unknown; excerpt?: unknown }[];
}

export async function excerptsByUrl(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    for (const answer of (Array.isArray(json) ? json : [json]) as Answer[]) {
      for (const r of answer.results ?? []) if (typeof r.url === 'string' && typeof r.excerpt === 'string' && !out.has(r.url)) out.set(r.url, r.excerpt);
    }
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      responses: { type: 'string', default: '.realnews/responses' },
      texts: { type: 'string', default: '.realnews' },
      manifest: { type: 'string', default: 'tests/realnews/manifest.tsv' },
    },
  });
  const rows = await readManifest(values.manifest);
  const excerpts = await excerptsByUrl(values.responses);
  const missing: string[] = [];
  await mkdir(values.texts, { recursive: true });
  for (const row of rows) {
    const text = excerpts.get(row.url);
    if (text === undefined) missing.push(`${row.id} ${row.url}`);
    else await writeFile(path.join(values.texts, `${row.id}.txt`), text);
  }
  console.log(`laid ${rows.length - missing.length} of ${rows.length} articles into ${values.texts}/`);
  for (const m of missing) console.log(`not among the saved answers: ${m}`);
  return missing.length ? 1 : 0;
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`realnews:lay: ${error.message}`);
      process.exit(2);
    },
  );
}
