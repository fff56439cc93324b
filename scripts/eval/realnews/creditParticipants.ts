// `npx tsx scripts/eval/realnews/creditParticipants.ts --texts DIR [--names FILE]`: whether any name of
// a photo credit, byline, headline fragment or page chrome is a participant of an event in the
// real-news corpus graph (issue 16's must-show). Builds the graph as `eval:realnews` does, asks the
// GraphQL API for every event with its participants and sources (the query printed first), and
// matches each participant against the hand-made list tests/realnews/entityChecks/creditNames.tsv
// (article, kind, name: the credit and byline names of each article, read by hand, and the headline
// and chrome fragments an earlier graph made people of) for the articles the event comes from. A
// participant matches when one of its names is a listed name, or a person's full name inside a listed
// credit ("Ana Lima" in "Ana Lima and Ben Dale"). Prints every match; exit 1 when there is one.
// Example: npx tsx scripts/eval/realnews/creditParticipants.ts --texts /work/main/.realnews
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildRealnewsStore } from './buildRealnewsStore.js';
import { graphView, EVENTS_QUERY } from './graphView.js';
import { words } from './nameMatches.js';
import { readManifest } from './readManifest.js';

interface Listed {
  article: string;
  kind: string;
  name: string;
}

function contains(whole: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

export function listedMatch(names: readonly string[], listed: Listed): boolean {
  const l = words(listed.name);
  return names.some((n) => {
    const w = words(n);
    if (w.length === 0) return false;
    if (w.join(' ') === l.join(' ')) return true;
    return (listed.kind === 'credit' || listed.kind === 'byline') && w.length > 1 && contains(l, w);
  });
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      texts: { type: 'string', default: '.realnews' },
      manifest: { type: 'string', default: 'tests/realnews/manifest.tsv' },
      names: { type: 'string', default: 'tests/realnews/entityChecks/creditNames.tsv' },
    },
  });
  const listed: Listed[] = (await readFile(values.names, 'utf8'))
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => {
      const [article, kind, name] = l.split('\t') as [string, string, string];
      return { article, kind, name };
    });
  const rows = await readManifest(values.manifest);
  const built = await buildRealnewsStore({ rows, texts: values.texts, store: 'memory', hide: new Set(), onProgress: (line) => console.error(`  ${line}`) });
  try {
    const view = await graphView(built.store, built.lineIds);
    const manifestOf = new Map(view.articles.map((a) => [a.id, a.manifestId]));
    console.log(`GraphQL query (paged with $after until hasNextPage is false):\n${EVENTS_QUERY}\n`);
    let participants = 0;
    const hits: string[] = [];
    for (const e of view.events) {
      const articles = new Set(e.sources.map((s) => manifestOf.get(s)!));
      for (const p of e.participants) {
        participants++;
        const names = [p.entity.name, ...p.entity.aliases];
        for (const l of listed) {
          if (articles.has(l.article) && listedMatch(names, l)) hits.push(`${e.kind} "${e.title}" ${p.role} ${p.entity.name} (${p.entity.id}) = ${l.kind} "${l.name}" of ${l.article}`);
        }
      }
    }
    console.log(`${view.events.length} events, ${participants} participant links, ${listed.length} listed credit, byline, headline and chrome names in ${new Set(listed.map((l) => l.article)).size} articles`);
    console.log(`participants that are a listed name of their event's articles: ${hits.length}`);
    for (const h of hits) console.log(`  ${h}`);
    return hits.length ? 1 : 0;
  } finally {
    await built.close();
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`creditParticipants: ${error.message}`);
      process.exit(2);
    },
  );
}
