// In-process twin of ../shared/eval/conll-score.py for development: runs the extract pipeline on
// every document of a CoNLL-2003 plain-text folder (as `newsgraph extract --published 1996-12-06`
// does, without a process per document), scores exact-span typed P/R/F1 over PER/LOC/ORG the same
// way (PERSON->PER, ORGANIZATION->ORG, COUNTRY/PLACE->LOC) and sorts the errors into categories,
// with the extractor or refiner that made each wrong mention. The official figure is the Python
// scorer's; this one reads the same files and gives the same counts in seconds.
// Run: npx tsx scripts/eval/conllEntities.ts [DIR] [--examples N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../../src/extract/pipeline.js';
import { isoDaySpan } from '../../src/read/isoDaySpan.js';
import { readSources } from '../../src/read/readSources.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { examples: { type: 'string', default: '8' } } });
const dir = positionals[0] ?? '../shared/data/conll2003-testa';
const KIND: Record<string, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', PLACE: 'LOC' };
type Ent = { start: number; end: number; type: string; text: string; by?: string };
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { doc: string; entities: Ent[] }[];
const counts = new Map<string, { tp: number; gold: number; sys: number }>();
const errors = new Map<string, string[]>();
const note = (category: string, example: string) => errors.set(category, [...(errors.get(category) ?? []), example]);
const count = (t: string) => counts.get(t) ?? counts.set(t, { tp: 0, gold: 0, sys: 0 }).get(t)!;
const published = isoDaySpan('1996-12-06')!;
const started = Date.now();

/**
 * Where each line of the cleaned text sits in the file (the reader drops lines, e.g. repeated
 * headings, but does not edit them): offset -> shift to add, or null for a line not found.
 */
function lineShifts(text: string, file: string): (at: number) => number | null {
  const shifts: { from: number; to: number; by: number | null }[] = [];
  let from = 0;
  let cursor = 0;
  for (const line of text.split('\n')) {
    const found = file.indexOf(line, cursor);
    const at = found >= 0 && (found === 0 || file[found - 1] === '\n') ? found : -1;
    shifts.push({ from, to: from + line.length, by: at >= 0 ? at - from : null });
    if (at >= 0) cursor = at + line.length;
    from += line.length + 1;
  }
  return (at) => shifts.find((s) => s.from <= at && at <= s.to)?.by ?? null;
}

let lostLines = 0;
for (const d of gold) {
  const path = join(dir, `${d.doc}.txt`);
  const file = readFileSync(path, 'utf8');
  const { articles } = await readSources([path]);
  const article = { ...articles[0]!, publishedAt: published, dateSource: 'given' as const };
  const shift = lineShifts(article.text, file);
  const sys: Ent[] = extractArticle(article).mentions.entities.flatMap((m) => {
    const by = shift(m.start);
    return KIND[m.kind] && by !== null ? [{ start: m.start + by, end: m.end + by, type: KIND[m.kind]!, text: m.text, by: m.by }] : [];
  });
  lostLines += article.text.split('\n').filter((_, i, a) => shift(a.slice(0, i).join('\n').length + (i ? 1 : 0)) === null).length;
  const unique = [...new Map(sys.map((s) => [`${s.start}:${s.end}:${s.type}`, s])).values()];
  const key = (e: Ent) => `${e.start}:${e.end}:${e.type}`;
  const goldKeys = new Set(d.entities.map(key));
  const sysKeys = new Set(unique.map(key));
  for (const g of d.entities) {
    count(g.type).gold++;
    if (sysKeys.has(key(g))) {
      count(g.type).tp++;
      continue;
    }
    const over = unique.filter((s) => s.start < g.end && g.start < s.end);
    const same = over.find((s) => s.start === g.start && s.end === g.end);
    const category = same ? `missed: right span, typed ${same.type} for ${g.type}` : over.length ? `missed: boundary (${g.type})` : `missed: not found (${g.type})`;
    note(category, `${d.doc} "${g.text}"${over.length ? ` <- ${over.map((s) => `"${s.text}" ${s.type} by ${s.by}`).join(', ')}` : ''}`);
  }
  for (const s of unique) {
    count(s.type).sys++;
    if (goldKeys.has(key(s))) continue;
    const over = d.entities.filter((g) => g.start < s.end && s.start < g.end);
    if (!over.length) note(`spurious ${s.type} by ${s.by}`, `${d.doc} "${s.text}"`);
  }
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, gold: a.gold + c.gold, sys: a.sys + c.sys }), { tp: 0, gold: 0, sys: 0 });
console.log(`cleaned lines not found in their file: ${lostLines}`);
console.log(`${gold.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s; gold ${all.gold}, system ${all.sys}`);
for (const [t, c] of [...counts].sort()) {
  const p = pct(c.tp, c.sys);
  const r = pct(c.tp, c.gold);
  console.log(`${t}  P ${p.toFixed(1)}  R ${r.toFixed(1)}  F1 ${f1(p, r).toFixed(1)}`);
}
console.log('\nerrors by category:');
for (const [category, list] of [...errors].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(list.length).padStart(5)}  ${category}`);
  for (const e of list.slice(0, Number(values.examples))) console.log(`         ${e}`);
}
console.log(`\nexact typed F1 ${f1(pct(all.tp, all.sys), pct(all.tp, all.gold)).toFixed(1)}`);
