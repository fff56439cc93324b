// `npx tsx scripts/eval/realnews/entityRecall.ts --texts DIR [--verbose]`: entity recall on the
// real-news corpus. Each key event's participants (tests/realnews/keys), in each article the event
// lists, make one (article, name) pair; a pair is found when that article's entities (corpusEntities:
// the article extracted as ingest does) hold one whose name or alias matches the key name as the
// events scorer matches names (nameMatches: whole name, its last words, or a longer name holding
// it), and found with its kind when that entity is of the name's kind too (PERSON, ORGANIZATION,
// PLACE/COUNTRY; tests/realnews/entityChecks/participantKinds.tsv, by hand; groups such as "EU
// foreign ministers" are not counted). Optional key events count too: an article naming the
// parties is what is scored, not the event. --verbose lists the pairs missed.
// Example: npx tsx scripts/eval/realnews/entityRecall.ts --texts /work/main/.realnews
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { corpusEntities } from './corpusEntities.js';
import { keyNames } from './matchEvents.js';
import { nameMatches } from './nameMatches.js';
import { readKeys } from './readKeys.js';
import { readManifest } from './readManifest.js';

const GROUP: Record<string, string> = { PERSON: 'PERSON', ORGANIZATION: 'ORGANIZATION', COUNTRY: 'PLACE/COUNTRY', PLACE: 'PLACE/COUNTRY' };

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      texts: { type: 'string', default: '.realnews' },
      manifest: { type: 'string', default: 'tests/realnews/manifest.tsv' },
      keys: { type: 'string', default: 'tests/realnews/keys' },
      kinds: { type: 'string', default: 'tests/realnews/entityChecks/participantKinds.tsv' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const manifest = await readManifest(values.manifest);
  const keys = await readKeys(values.keys, manifest);
  const kindOf = new Map(
    (await readFile(values.kinds, 'utf8'))
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split('\t') as [string, string]),
  );
  const corpus = await corpusEntities({ rows: manifest, texts: values.texts, onProgress: (line) => console.error(`  ${line}`) });
  try {
    const pairs = new Map<string, { article: string; names: string[]; group: string }>();
    for (const key of keys) {
      for (const event of key.events) {
        for (const p of event.participants) {
          const kind = kindOf.get(p.name);
          if (kind === undefined) throw new Error(`${values.kinds}: no kind for key participant "${p.name}" (${key.story})`);
          if (!GROUP[kind]) continue;
          for (const article of event.articles) {
            const id = `${article}\t${p.name}`;
            const known = pairs.get(id);
            pairs.set(id, { article, names: [...new Set([...(known?.names ?? []), ...keyNames(p)])], group: GROUP[kind] });
          }
        }
      }
    }
    const tally = new Map<string, { pairs: number; found: number; kind: number; missed: string[] }>();
    for (const { article, names, group } of pairs.values()) {
      const t = tally.get(group) ?? { pairs: 0, found: 0, kind: 0, missed: [] };
      const entities = corpus.articleEntities.get(article) ?? [];
      const matching = entities.filter((e) => nameMatches(names, e));
      t.pairs++;
      if (matching.length) t.found++;
      if (matching.some((e) => GROUP[e.kind] === group)) t.kind++;
      else t.missed.push(`${article}: ${names[0]}${matching.length ? ` (as ${matching.map((e) => `${e.name} ${e.kind}`).join(', ')})` : ''}`);
      tally.set(group, t);
    }
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
    console.log('kind\tpairs\tfound\trecall\tfound with kind\trecall with kind');
    for (const group of ['PERSON', 'ORGANIZATION', 'PLACE/COUNTRY']) {
      const t = tally.get(group) ?? { pairs: 0, found: 0, kind: 0, missed: [] };
      console.log(`${group}\t${t.pairs}\t${t.found}\t${pct(t.found, t.pairs)}\t${t.kind}\t${pct(t.kind, t.pairs)}`);
    }
    if (values.verbose) for (const [group, t] of tally) for (const m of t.missed) console.log(`missed ${group}: ${m}`);
  } finally {
    await corpus.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`entityRecall: ${error.message}`);
  process.exit(2);
});
