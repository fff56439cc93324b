// `npm run eval:realnews [-- --story S] [--store memory|neo4j] [--hide-dates] [--verbose] [--json FILE]`:
// builds a fresh store from the laid real-news texts (.realnews/, see tests/realnews/README.md),
// reads it back through the GraphQL API and scores it against the answer keys: per story and
// overall, events found with the right day and loosely, duplicates, spurious events, roles,
// statuses, letters and sanctions, publication dates and the key questions. --hide-dates builds two
// more stores, each hiding the stated dates of half the dated articles, and scores how those are
// dated. Exit 0 when scored; 2 on misuse, a broken key or manifest, or no laid texts (CI has none).
// Example: npm run eval:realnews -- --story minsk --verbose
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion, type QuestionResult } from './answerQuestion.js';
import { buildRealnewsStore } from './buildRealnewsStore.js';
import { formatReport, type RealnewsReport } from './formatRealnews.js';
import { graphView } from './graphView.js';
import { readKeys } from './readKeys.js';
import { readManifest } from './readManifest.js';
import { RealnewsFormatError } from './realnewsFormatError.js';
import type { ManifestRow, StoryKey } from './realnewsTypes.js';
import { scoreDates, type DateScore } from './scoreDates.js';
import { scoreStory } from './scoreStory.js';

class UsageError extends Error {
  override readonly name = 'UsageError';
}

const USAGE = `usage: npm run eval:realnews -- [--story S[,S...]] [--store memory|neo4j] [--hide-dates] [--verbose] [--json FILE]
                              [--texts DIR] [--manifest FILE] [--keys DIR]`;

function options(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        story: { type: 'string', multiple: true },
        store: { type: 'string', default: 'memory' },
        'hide-dates': { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        json: { type: 'string' },
        texts: { type: 'string', default: '.realnews' },
        manifest: { type: 'string', default: 'tests/realnews/manifest.tsv' },
        keys: { type: 'string', default: 'tests/realnews/keys' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.store !== 'memory' && parsed.store !== 'neo4j') throw new UsageError(`--store must be memory or neo4j, not "${parsed.store}"`);
  return { ...parsed, store: parsed.store as 'memory' | 'neo4j', story: (parsed.story ?? []).flatMap((s) => s.split(',')).filter(Boolean) };
}

async function scoreBuild(rows: ManifestRow[], keys: StoryKey[], texts: string, store: 'memory' | 'neo4j', hide: Set<string>, withEvents: boolean) {
  const built = await buildRealnewsStore({ rows, texts, store, hide, onProgress: (line) => console.error(`  ${line}`) });
  try {
    const view = await graphView(built.store, built.lineIds);
    const idsOf = new Map(view.articles.map((a) => [a.id, a.manifestId]));
    const storyOf = new Map(rows.map((r) => [r.id, r.story]));
    const stories = [];
    const questions = new Map<string, QuestionResult[]>();
    if (withEvents) {
      for (const key of keys) {
        const events = view.events.filter((e) => e.sources.some((s) => storyOf.get(idsOf.get(s) ?? '') === key.story));
        const score = scoreStory(key, events);
        stories.push(score);
        const primary = new Map([...score.found.rightDay, ...score.found.loose, ...score.found.wrongDay].map((m) => [m.key.id, m]));
        const answers: QuestionResult[] = [];
        for (const q of key.questions) answers.push(await answerQuestion(built.store, q, primary));
        questions.set(key.story, answers);
      }
    }
    const dates = scoreDates(rows, keys, view.articles);
    return { built, stories, questions, dates };
  } finally {
    await built.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const o = options(argv);
  const manifest = await readManifest(o.manifest);
  let keys = await readKeys(o.keys, manifest);
  if (o.story.length > 0) {
    const unknown = o.story.filter((s) => !keys.some((k) => k.story === s));
    if (unknown.length) throw new UsageError(`no key for story ${unknown.join(', ')} (stories: ${keys.map((k) => k.story).join(', ')})`);
    keys = keys.filter((k) => o.story.includes(k.story));
  }
  try {
    await access(o.texts);
  } catch {
    throw new UsageError(`no laid texts: ${o.texts}/ does not exist. The real-news texts are third-party and never committed; lay them as tests/realnews/README.md says ("Laying the texts again"), then run this again. (CI has no texts: there the written gold set's \`npm run eval\` is run instead.)`);
  }
  const rows = manifest.filter((r) => keys.some((k) => k.story === r.story));
  console.error(`eval:realnews: ${rows.length} articles of ${keys.length} stories into a fresh ${o.store} store`);
  const main = await scoreBuild(rows, keys, o.texts, o.store, new Set(), true);
  if (main.built.notLaid.length === rows.length) throw new UsageError(`no laid texts in ${o.texts}/ for these stories: lay them as tests/realnews/README.md says`);
  let hiddenDates: DateScore[] | null = null;
  if (o['hide-dates']) {
    hiddenDates = [];
    const dated = rows.filter((r) => r.statedDate !== null);
    for (const half of [0, 1]) {
      const hide = new Set(dated.filter((_, i) => i % 2 === half).map((r) => r.id));
      console.error(`eval:realnews: dates of ${hide.size} dated articles hidden (half ${half + 1} of 2)`);
      const run = await scoreBuild(rows, keys, o.texts, o.store, hide, false);
      hiddenDates.push(...run.dates.filter((d) => hide.has(d.article) && !run.built.notHidden.includes(d.article)));
      if (run.built.notHidden.length) console.error(`  could not hide the date of ${run.built.notHidden.join(', ')} (the text still gives one)`);
    }
  }
  const articles = new Map(keys.map((k) => {
    const mine = rows.filter((r) => r.story === k.story && !main.built.notLaid.includes(r.id));
    return [k.story, { stated: mine.filter((r) => r.statedDate).length, unstated: mine.filter((r) => !r.statedDate).length }];
  }));
  const report: RealnewsReport = { stories: main.stories, articles, dates: main.dates, hiddenDates, questions: main.questions };
  console.log(`newsgraph real-news eval, ${new Date(Date.now()).toISOString().slice(0, 10) /* the day of the run, for the record */}: ${rows.length - main.built.notLaid.length} articles, ${keys.length} stories, ${o.store} store, built in ${main.built.seconds.toFixed(0)} s`);
  if (main.built.notLaid.length) console.log(`not laid (left out): ${main.built.notLaid.join(', ')}`);
  for (const s of main.built.skipped) console.log(`skipped by ingest: ${s.source}: ${s.reason}`);
  console.log(formatReport(report, { verbose: o.verbose }));
  if (o.json) {
    await mkdir(dirname(o.json), { recursive: true });
    await writeFile(o.json, JSON.stringify({ ...report, articles: Object.fromEntries(articles), questions: Object.fromEntries(main.questions) }, null, 2) + '\n');
    console.log(`\nJSON report written to ${o.json}`);
  }
  return 0;
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`eval:realnews: ${error.message}`);
      if (error instanceof UsageError) console.error(USAGE);
      process.exit(error instanceof UsageError || error instanceof RealnewsFormatError ? 2 : 3);
    },
  );
}
