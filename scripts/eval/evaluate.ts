// `npm run eval`: scores the product's extraction against the analyst gold in tests/gold/
// (format: tests/gold/README.md). Reads every gold article, runs read -> extract -> resolve over
// the whole set as one batch against an empty memory store (as ingest does, so undated articles
// are dated by the product), and prints precision, recall and F1 per category, micro-averaged
// over articles; events also split into those the text anchors (against the product's events) and
// those it only mentions (against its event mentions; scoreMentions.ts). --verbose adds, per article, every miss and false positive; --json FILE writes
// the numbers and those lists; --min-f1 name=value,... exits 1 when a category falls below its
// threshold. Exit 0 otherwise; 2 on misuse or a broken gold file.
// Example: npm run eval -- --verbose --min-f1 entities=0.85,times=0.85,events=0.75
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { extractForEval } from './extractForEval.js';
import { formatArticle, formatTable } from './formatReport.js';
import type { GoldArticle } from './goldTypes.js';
import { EvalUsageError, parseArgs, USAGE, type EvalOptions } from './parseArgs.js';
import { GoldFormatError, readGold } from './readGold.js';
import { scoreArticle, type ArticleResult } from './scoreArticle.js';
import { summarise, type Summary } from './summarise.js';

export async function evaluate(options: EvalOptions): Promise<{ summary: Summary; results: ArticleResult[]; problems: string[] }> {
  let gold: GoldArticle[] = await readGold(options.gold);
  if (options.only.length > 0) gold = gold.filter((g) => options.only.some((o) => g.article.startsWith(o)));
  if (gold.length === 0) throw new EvalUsageError(`no gold files in ${options.gold}${options.only.length ? ` matching ${options.only.join(', ')}` : ''}`);
  const { byFile, skipped } = await extractForEval(options.articles, gold.map((g) => g.article));
  const problems = skipped.map((s) => `not read: ${s.reason}`);
  const results: ArticleResult[] = [];
  for (const g of gold) {
    const input = byFile.get(g.article);
    if (!input) {
      problems.push(`${g.article}: no article was read for this gold file; it is left out of the scores`);
      continue;
    }
    results.push(scoreArticle(g, input));
  }
  return { summary: summarise(results), results, problems };
}

function jsonReport(options: EvalOptions, summary: Summary, results: ArticleResult[], problems: string[]) {
  return {
    gold: options.gold,
    articles: options.articles,
    summary,
    problems,
    perArticle: results.map((r) => ({
      article: r.article,
      publication: r.publication,
      scores: {
        entities: r.entities.linked,
        times: r.times.values,
        timeIntervals: r.times.intervals,
        events: r.events.events.counts,
        eventsWithDates: r.events.withDates.counts,
        anchoredEvents: r.mentions.anchored.counts,
        mentions: r.mentions.mentions.counts,
      },
      repairs: r.repairs,
      error: r.predicted.error ?? null,
      entities: { misses: r.entities.misses, falsePositives: r.entities.falsePositives, confusions: r.entities.confusions },
      times: { misses: r.times.misses, falsePositives: r.times.falsePositives, wrongValue: r.times.wrongValue, wrongInterval: r.times.wrongInterval },
      events: { misses: r.events.events.misses, falsePositives: r.events.events.falsePositives, wrongStatus: r.events.wrongStatus, wrongDate: r.events.wrongDate },
      anchoredEvents: { misses: r.mentions.anchored.misses, falsePositives: r.mentions.anchored.falsePositives },
      mentions: { misses: r.mentions.mentions.misses, falsePositives: r.mentions.mentions.falsePositives, redundant: r.mentions.redundant, madeEvents: r.mentions.madeEvents },
    })),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  const { summary, results, problems } = await evaluate(options);
  console.log(`newsgraph extraction eval: ${summary.articles} articles, gold ${options.gold}, articles ${options.articles}\n`);
  console.log(formatTable(summary));
  for (const p of problems) console.log(`problem: ${p}`);
  if (options.verbose) for (const r of results) console.log(`\n${formatArticle(r)}`);
  if (options.json) {
    await mkdir(dirname(options.json), { recursive: true });
    await writeFile(options.json, JSON.stringify(jsonReport(options, summary, results, problems), null, 2) + '\n');
    console.log(`\nJSON report written to ${options.json}`);
  }
  const below = [...options.minF1].filter(([name, min]) => summary.categories[name].f1 < min);
  for (const [name, min] of below) console.log(`below threshold: ${name} F1 ${summary.categories[name].f1.toFixed(3)} < ${min}`);
  return below.length > 0 ? 1 : 0;
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(`eval: ${err.message}`);
      if (err instanceof EvalUsageError) console.error(USAGE);
      process.exit(err instanceof EvalUsageError || err instanceof GoldFormatError ? 2 : 3);
    },
  );
}
