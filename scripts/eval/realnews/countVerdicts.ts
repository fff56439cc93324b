// `npx tsx scripts/eval/realnews/countVerdicts.ts FILE.tsv... [--first N]`: the figures of hand-judged
// entity samples (tests/realnews/entityChecks/, written by listEntities and judged by hand). Per file:
// how many are "ok" (a well-formed entity of its kind and of the news: issue 16's figure for people),
// the precision (ok or duplicate: a right entity of that kind that another node of the graph also
// names), and the wrong ones by verdict. --first N counts the first N rows only (the draw of 50 is
// the first 50 of the draw of 100). A row without a verdict is an error naming the file and line.
// Example: npx tsx scripts/eval/realnews/countVerdicts.ts tests/realnews/entityChecks/tagger/PERSON.tsv --first 50
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

export interface VerdictCount {
  rows: number;
  ok: number;
  right: number;
  wrong: Map<string, number>;
}

export function countVerdicts(content: string, file: string, first = Infinity): VerdictCount {
  const lines = content.split('\n').filter((l) => l.trim() !== '');
  const header = lines[0]!.split('\t');
  const at = header.indexOf('verdict');
  if (at < 0) throw new Error(`${file}: no verdict column`);
  const count: VerdictCount = { rows: 0, ok: 0, right: 0, wrong: new Map() };
  for (const [i, line] of lines.slice(1, 1 + Math.min(first, lines.length)).entries()) {
    const verdict = line.split('\t')[at]?.trim();
    if (!verdict) throw new Error(`${file} line ${i + 2}: no verdict`);
    count.rows++;
    if (verdict === 'ok') count.ok++;
    if (verdict === 'ok' || verdict === 'duplicate') count.right++;
    if (verdict !== 'ok') count.wrong.set(verdict, (count.wrong.get(verdict) ?? 0) + 1);
  }
  return count;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { first: { type: 'string' } } });
  if (positionals.length === 0) throw new Error('give one or more judged .tsv files');
  const first = values.first ? Number(values.first) : Infinity;
  for (const file of positionals) {
    const c = countVerdicts(await readFile(file, 'utf8'), file, first);
    const wrong = [...c.wrong].sort((a, b) => b[1] - a[1]).map(([v, n]) => `${v} ${n}`).join(', ');
    console.log(`${file}: ${c.ok} ok of ${c.rows}; precision ${c.right}/${c.rows} = ${((100 * c.right) / c.rows).toFixed(0)}%${wrong ? `; wrong: ${wrong}` : ''}`);
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(`countVerdicts: ${error.message}`);
    process.exit(2);
  });
}
