// Extraction throughput, in words per second, of the whole extract stage against chrono-node
// and compromise run alone on the same text in the same process (the baselines), with the
// project's own taggers alone beside them (entities: tokens, sentences and the entity tagger;
// syntax: parts of speech and chunks), on one core and on all cores (worker threads). Measures
// the compiled code (npm run build first). Run: npx tsx scripts/bench/extract.ts (options:
// --words 200000, --rounds 3). Also prints how long each tagger model takes to load.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
// @ts-expect-error: plain JavaScript worker module, shared with the worker threads.
import { loadModels, runEngine } from './extractWorker.mjs';

type Engine = 'pipeline' | 'chrono' | 'compromise' | 'tagger' | 'syntax';
const REFERENCE = '2019-06-26';
const run = runEngine as (engine: Engine, texts: string[], reference: string) => void;

function corpus(words: number): string[] {
  const dir = 'examples/articles';
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const out: string[] = [];
  for (let n = 0, i = 0; n < words; i++) {
    const t = texts[i % texts.length]!;
    out.push(t);
    n += wordCount(t);
  }
  return out;
}

function wordCount(t: string): number {
  return t.split(/\s+/).filter(Boolean).length;
}

function timed(engine: Engine, texts: string[]): number {
  run(engine, texts.slice(0, 5), REFERENCE); // warm-up: module set-up, JIT
  const start = process.hrtime.bigint();
  run(engine, texts, REFERENCE);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function parallel(engine: Engine, texts: string[], workers: number): Promise<number> {
  const shares = Array.from({ length: workers }, (_, w) => texts.filter((_, i) => i % workers === w));
  const start = process.hrtime.bigint();
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./extractWorker.mjs', import.meta.url), { workerData: { engine, texts: share, reference: REFERENCE } });
          worker.once('message', () => resolve());
          worker.once('error', reject);
        }),
    ),
  );
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const wordsArg = process.argv.indexOf('--words');
const texts = corpus(wordsArg > 0 ? Number(process.argv[wordsArg + 1]) : 100_000);
const words = texts.reduce((n, t) => n + wordCount(t), 0);
const cores = availableParallelism();
console.log(`corpus: ${texts.length} articles, ${words} words; ${cores} cores; node ${process.version}`);
for (const [name, ms, features, tags] of (loadModels as () => [string, number, number, number][])()) {
  console.log(`model ${name}: loaded in ${ms.toFixed(0)} ms (${features} features, ${tags} tags)`);
}
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
const engines: Engine[] = ['compromise', 'chrono', 'tagger', 'syntax', 'pipeline'];
// One core: the engines take turns, `rounds` times, and each keeps its fastest round, so that
// load from other work on a shared machine (which only ever slows a round) weighs on none alone.
const best = new Map<Engine, number>();
for (let r = 0; r < rounds; r++) for (const engine of engines) best.set(engine, Math.max(best.get(engine) ?? 0, words / timed(engine, texts)));
const rows: [Engine, number, number][] = [];
for (const engine of engines) rows.push([engine, best.get(engine)!, words / (await parallel(engine, texts, cores))]);
console.log(`engine       words/s (1 core, best of ${rounds})   words/s (all cores: worker threads, start-up included)`);
for (const [e, one, all] of rows) console.log(`${e.padEnd(12)} ${one.toFixed(0).padStart(16)}   ${all.toFixed(0).padStart(16)}`);
const oneCore = (e: Engine) => rows.find((r) => r[0] === e)![1];
console.log(`pipeline / compromise tagging, 1 core: ${(oneCore('pipeline') / oneCore('compromise')).toFixed(2)}x`);
console.log(`entity tagger / compromise tagging, 1 core: ${(oneCore('tagger') / oneCore('compromise')).toFixed(2)}x`);
