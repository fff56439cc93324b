// Builds a fresh store from the laid texts, as a user's crawler would hand them over: one JSONL
// record {text, url} per article (no date but what the page states), ingested by newsgraph's own
// ingest. Articles whose date is to be hidden go in without their URL and with the text the reader
// leaves once it has taken the date line or dateline out; one whose text still dates itself is
// listed as not hidden. Memory: a temporary directory. Neo4j: NEO4J_URI when set (its database must
// be empty), else the bundled Neo4j started in a temporary directory and stopped by close().
// Example: const built = await buildRealnewsStore({ rows, texts: '.realnews', store: 'memory', hide: new Set() });
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingest } from '../../../src/ingest.js';
import { cleanArticle } from '../../../src/read/cleanArticle.js';
import type { GraphStore } from '../../../src/store/graphStore.js';
import { openMemoryStore } from '../../../src/store/memory/memoryStore.js';
import { openStore } from '../../../src/store/openStore.js';
import type { ManifestRow } from './realnewsTypes.js';

export interface BuildOptions {
  rows: readonly ManifestRow[];
  /** The folder of laid texts (ID.txt). */
  texts: string;
  store: 'memory' | 'neo4j';
  /** Manifest ids whose stated date is hidden. */
  hide: ReadonlySet<string>;
  onProgress?: (line: string) => void;
}

export interface BuiltStore {
  store: GraphStore;
  /** lineIds[i]: the manifest id of JSONL line i + 1. */
  lineIds: string[];
  /** Manifest ids with no laid text. */
  notLaid: string[];
  /** Manifest ids to hide whose text still gives a date. */
  notHidden: string[];
  skipped: { source: string; reason: string }[];
  seconds: number;
  close(): Promise<void>;
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The text without the date the reader finds in it, or null when a date remains. */
function withoutDate(text: string, source: string): string | null {
  const first = cleanArticle({ source, text }).articles[0];
  if (!first) return text;
  const again = cleanArticle({ source, text: first.text }).articles[0];
  return again && again.dateSource !== 'none' ? null : first.text;
}

async function freshStore(kind: 'memory' | 'neo4j', dir: string): Promise<{ store: GraphStore; stop: () => Promise<void> }> {
  if (kind === 'memory') return { store: await openMemoryStore(dir), stop: async () => undefined };
  let stop = async (): Promise<void> => undefined;
  const env = { ...process.env };
  if (!env.NEO4J_URI) {
    const { startNeo4j } = await import('../../../src/store/neo4j/launcher.js');
    const neo = await startNeo4j({ dataDir: dir, detached: false });
    env.NEO4J_URI = neo.uri;
    stop = () => neo.stop();
  }
  const store = await openStore({ store: 'neo4j', dataDir: dir, env });
  const counts = await store.counts();
  if (counts.articles + counts.entities + counts.events > 0) {
    await store.close();
    await stop();
    throw new Error(`NEO4J_URI=${env.NEO4J_URI} is not empty (${counts.articles} articles, ${counts.events} events): the eval needs a fresh database`);
  }
  return { store, stop };
}

export async function buildRealnewsStore(options: BuildOptions): Promise<BuiltStore> {
  const started = Date.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-realnews-'));
  const lines: string[] = [];
  const lineIds: string[] = [];
  const notLaid: string[] = [];
  const notHidden: string[] = [];
  for (const row of options.rows) {
    const text = await readText(path.join(options.texts, `${row.id}.txt`));
    if (text === null) {
      notLaid.push(row.id);
      continue;
    }
    let record: { text: string; url?: string } = { text, url: row.url };
    if (options.hide.has(row.id)) {
      const hidden = withoutDate(text, row.id);
      if (hidden === null) notHidden.push(row.id);
      else record = { text: hidden };
    }
    lines.push(JSON.stringify(record));
    lineIds.push(row.id);
  }
  const corpus = path.join(dir, 'corpus.jsonl');
  await writeFile(corpus, lines.join('\n') + '\n');
  const { store, stop } = await freshStore(options.store, path.join(dir, 'store'));
  const close = async () => {
    await store.close();
    await stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    let last = 0;
    const summary = await ingest([corpus], store, {
      onProgress: (stage, done, total) => {
        if (stage === 'ingest' && (done === total || Date.now() - last > 10_000)) {
          last = Date.now();
          options.onProgress?.(`ingested ${done} of ${total} articles`);
        }
      },
    });
    return { store, lineIds, notLaid, notHidden, skipped: summary.skipped, seconds: (Date.now() - started) / 1000, close };
  } catch (error) {
    await close();
    throw error;
  }
}
