// Classifies what the time extractor misses on TempEval-3 documents, by category (timexCategory),
// so that work goes to patterns rather than to single documents. Scores exactly as
// ../shared/eval/te3-score.py does (same greedy matching, strict and relaxed span, value on a
// relaxed match), but in one process with the product's read and extract stages, so it takes
// seconds; te3-score.py (one `newsgraph extract` per document) remains the figure to report.
//   npx tsx scripts/eval/te3Misses.ts ../shared/data/tempeval3-train [--verbose] [--category duration] [--json FILE]
// Prints the three F1 figures, then a table per category: gold count, missed, span not exact,
// wrong year (the right period of another year: direction or anchoring), wrong value, and the
// false positives (system times matching no gold), classified by the system's own type and value.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/extract/pipeline.js';
import { extractionJson } from '../../src/extractionJson.js';
import { isoDaySpan } from '../../src/read/isoDaySpan.js';
import { readSources } from '../../src/read/readSources.js';
import { alignOffsets } from './alignOffsets.js';
import { TIMEX_CATEGORIES, timexCategory, type TimexCategory } from './timexCategory.js';

interface GoldTimex { start: number; end: number; type: string; value: string; text: string }
interface GoldDoc { doc: string; dct: string; timexes: GoldTimex[] }
interface SystemTime { start: number; end: number; value: string; type: string | null; text: string }
type Outcome = 'missed' | 'span' | 'wrong year' | 'wrong value' | 'false positive';
interface Miss { doc: string; category: TimexCategory; outcome: Outcome; gold: string; goldValue: string; system: string; systemValue: string }

const OUTCOMES: Outcome[] = ['missed', 'span', 'wrong year', 'wrong value', 'false positive'];

function parseArgs(argv: string[]) {
  const dir = argv.find((a, i) => !a.startsWith('--') && !['--category', '--json'].includes(argv[i - 1] ?? ''));
  if (!dir) throw new Error('usage: te3Misses.ts GOLD_DIR [--verbose] [--category NAME] [--json FILE]');
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] ?? null : null);
  return { dir, verbose: argv.includes('--verbose'), category: value('--category'), json: value('--json') };
}

async function systemTimes(dir: string, d: GoldDoc): Promise<SystemTime[]> {
  const path = join(dir, `${d.doc}.txt`);
  const article = (await readSources([path])).articles[0];
  if (!article) return [];
  const publishedAt = isoDaySpan(d.dct.slice(0, 10));
  if (publishedAt) Object.assign(article, { publishedAt, dateSource: 'given' });
  const map = alignOffsets(article.text, readFileSync(path, 'utf8'));
  return extractionJson(extractArticle(article)).times.flatMap((t) => {
    const r = map(t.start, t.end);
    return r ? [{ start: r[0], end: r[1], value: String(t.value), type: ('type' in t ? String(t.type) : null), text: t.text }] : [];
  });
}

const f1 = (tp: number, nSys: number, nGold: number) => {
  const [p, r] = [nSys ? tp / nSys : 0, nGold ? tp / nGold : 0];
  return p + r === 0 ? 0 : (200 * p * r) / (p + r);
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const gold = JSON.parse(readFileSync(join(args.dir, 'gold.json'), 'utf8')) as GoldDoc[];
  let [nGold, nSys, strict, relaxed, valueOk] = [0, 0, 0, 0, 0];
  const goldBy = new Map<TimexCategory, number>(TIMEX_CATEGORIES.map((c) => [c, 0]));
  const misses: Miss[] = [];
  for (const d of gold) {
    const times = await systemTimes(args.dir, d);
    nGold += d.timexes.length;
    nSys += times.length;
    const used = new Set<number>();
    for (const g of d.timexes) {
      const category = timexCategory(g.type, g.value);
      goldBy.set(category, goldBy.get(category)! + 1);
      let best: number | null = null;
      for (let i = 0; i < times.length; i++) {
        const t = times[i]!;
        if (used.has(i) || t.end <= g.start || t.start >= g.end) continue;
        best = i;
        if (t.start === g.start && t.end === g.end) break;
      }
      const base = { doc: d.doc, category, gold: g.text, goldValue: g.value };
      if (best === null) {
        misses.push({ ...base, outcome: 'missed', system: '', systemValue: '' });
        continue;
      }
      used.add(best);
      const t = times[best]!;
      relaxed++;
      const exact = t.start === g.start && t.end === g.end;
      if (exact) strict++;
      else misses.push({ ...base, outcome: 'span', system: t.text, systemValue: t.value });
      if (t.value === g.value) valueOk++;
      else misses.push({ ...base, outcome: timexCategory.valueError(g.value, t.value), system: t.text, systemValue: t.value });
    }
    times.forEach((t, i) => {
      if (!used.has(i)) misses.push({ doc: d.doc, category: timexCategory(t.type, t.value), outcome: 'false positive', gold: '', goldValue: '', system: t.text, systemValue: t.value });
    });
  }
  console.log(`gold ${nGold}, system ${nSys}`);
  console.log(`strict F1 ${f1(strict, nSys, nGold).toFixed(1)}  relaxed F1 ${f1(relaxed, nSys, nGold).toFixed(1)}  value F1 ${f1(valueOk, nSys, nGold).toFixed(1)}\n`);
  const count = (c: TimexCategory, o: Outcome) => misses.filter((m) => m.category === c && m.outcome === o).length;
  console.log(['category'.padEnd(10), 'gold'.padStart(5), ...OUTCOMES.map((o) => o.padStart(15))].join(''));
  for (const c of TIMEX_CATEGORIES) console.log([c.padEnd(10), String(goldBy.get(c)).padStart(5), ...OUTCOMES.map((o) => String(count(c, o)).padStart(15))].join(''));
  console.log([('all').padEnd(10), String(nGold).padStart(5), ...OUTCOMES.map((o) => String(misses.filter((m) => m.outcome === o).length).padStart(15))].join(''));
  if (args.verbose) {
    for (const m of misses.filter((x) => !args.category || x.category === args.category)) {
      console.log(`${m.category.padEnd(9)} ${m.outcome.padEnd(14)} ${m.doc.padEnd(24)} gold ${JSON.stringify(m.gold)} ${m.goldValue}  system ${JSON.stringify(m.system)} ${m.systemValue}`);
    }
  }
  if (args.json) writeFileSync(args.json, JSON.stringify({ nGold, nSys, strict, relaxed, valueOk, misses }, null, 1));
}

await main();
