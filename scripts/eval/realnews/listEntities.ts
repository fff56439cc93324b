// `npx tsx scripts/eval/realnews/listEntities.ts --texts DIR --out OUT [--seed 16] [--contexts FILE]`:
// the entities of the real-news corpus graph (see corpusEntities), written for hand checking:
//   OUT/entities.tsv           every entity: kind, id, name, aliases, the articles naming it
//   OUT/sample-PERSON.tsv      100 PERSON entities drawn at random (seeded), verdict and reason blank
//   OUT/sample-ORGANIZATION.tsv, OUT/sample-PLACE.tsv   50 drawn the same way (PLACE: places and countries)
// --contexts FILE writes, for every sampled entity, the lines of its articles where its words stand,
// to judge it by: those are third-party text, so FILE must lie outside the repository (it is refused
// inside it). Hand verdicts go in the verdict column: ok, or a reason it is wrong (fragment, title,
// credit, byline, headline, duplicate, not-a-person, wrong-kind, not-a-name). Names only, never quotes.
// Example: npx tsx scripts/eval/realnews/listEntities.ts --texts /work/main/.realnews --out /tmp/ent --contexts /tmp/ent-contexts.txt
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusEntities, type CorpusEntity } from './corpusEntities.js';
import { readManifest } from './readManifest.js';
import { seededSample } from './seededSample.js';

const GROUPS: { file: string; kinds: string[]; n: number }[] = [
  { file: 'sample-PERSON.tsv', kinds: ['PERSON'], n: 100 },
  { file: 'sample-ORGANIZATION.tsv', kinds: ['ORGANIZATION'], n: 50 },
  { file: 'sample-PLACE.tsv', kinds: ['PLACE', 'COUNTRY'], n: 50 },
];

const cell = (s: string) => s.replace(/[\t\n]+/g, ' ');
const row = (e: CorpusEntity) => [e.kind, e.id, e.name, e.aliases.join(' | '), e.articles.join(',')].map(cell).join('\t');

function contextsOf(e: CorpusEntity, articles: Map<string, { text: string; title: string | null; author: string | null }>): string[] {
  const words = [...new Set([e.name, ...e.aliases])].filter((w) => w.length > 1);
  const out: string[] = [`## ${e.kind} ${e.id} "${e.name}"  aliases: ${e.aliases.join(' | ')}`];
  for (const id of e.articles.slice(0, 3)) {
    const a = articles.get(id)!;
    out.push(`  [${id}] title: ${a.title ?? '-'} | author: ${a.author ?? '-'}`);
    for (const line of a.text.split('\n')) {
      if (words.some((w) => line.includes(w))) out.push(`    > ${line.length > 400 ? line.slice(0, 400) + '…' : line}`);
    }
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      texts: { type: 'string', default: '.realnews' },
      manifest: { type: 'string', default: 'tests/realnews/manifest.tsv' },
      out: { type: 'string' },
      seed: { type: 'string', default: '16' },
      contexts: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  if (values.contexts && !path.relative(process.cwd(), path.resolve(values.contexts)).startsWith('..')) {
    throw new Error(`--contexts ${values.contexts}: the contexts quote third-party texts; write them outside the repository`);
  }
  const rows = await readManifest(values.manifest);
  const corpus = await corpusEntities({ rows, texts: values.texts, onProgress: (line) => console.error(`  ${line}`) });
  try {
    await mkdir(values.out, { recursive: true });
    const header = 'kind\tid\tname\taliases\tarticles';
    await writeFile(path.join(values.out, 'entities.tsv'), [header, ...corpus.entities.map(row)].join('\n') + '\n');
    const contexts: string[] = [];
    for (const g of GROUPS) {
      const pool = corpus.entities.filter((e) => g.kinds.includes(e.kind));
      const drawn = seededSample(pool, g.n, Number(values.seed), (e) => e.id);
      const lines = drawn.map((e, i) => `${i + 1}\t${row(e)}\t\t`);
      await writeFile(path.join(values.out, g.file), [`n\t${header}\tverdict\treason`, ...lines].join('\n') + '\n');
      console.log(`${g.kinds.join('+')}: ${pool.length} entities, ${drawn.length} drawn (seed ${values.seed}) -> ${g.file}`);
      for (const e of drawn) contexts.push(...contextsOf(e, corpus.articles));
    }
    if (values.contexts) await writeFile(values.contexts, contexts.join('\n') + '\n');
    const byKind = new Map<string, number>();
    for (const e of corpus.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    console.log(`entities: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}; in ${corpus.articles.size} articles`);
  } finally {
    await corpus.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`listEntities: ${error.message}`);
  process.exit(2);
});
