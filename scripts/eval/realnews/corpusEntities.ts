// The entities of the real-news corpus graph, each with the manifest articles that name it: builds
// a fresh store from the laid texts as `eval:realnews` does (buildRealnewsStore), reads every
// entity back through the GraphQL API (what an analyst sees), and, since the store keeps no
// entity-to-article link, extracts each article again (its stored text and reference day) to tell
// which articles name which entity and with which words (its id, or for a node that other
// articles' spellings joined, one of its names). Used by the entity checks (listEntities,
// entityRecall, eventParticipants). Example:
//   const { entities, articleEntities, close } = await corpusEntities({ rows, texts: '.realnews' });
//   entities[0] -> { id: 'person:ivan-petrov', kind: 'PERSON', name: 'Ivan Petrov', aliases: [], articles: ['minsk-03'] }
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { executeQuery } from '../../../src/api/executeQuery.js';
import { extractArticle } from '../../../src/extract/pipeline.js';
import type { Entity } from '../../../src/model/index.js';
import { cleanArticle } from '../../../src/read/cleanArticle.js';
import type { GraphStore } from '../../../src/store/graphStore.js';
import { buildRealnewsStore } from './buildRealnewsStore.js';
import { graphView } from './graphView.js';
import type { ManifestRow, ViewEvent } from './realnewsTypes.js';

export interface CorpusEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  /** Manifest ids of the articles whose extraction names it, in manifest order. */
  articles: string[];
}

export interface CorpusEntities {
  entities: CorpusEntity[];
  /** Manifest id -> the entities its extraction names (id, kind, name, the surfaces it used). */
  articleEntities: Map<string, Entity[]>;
  /** Manifest id -> the article's cleaned text, title and author as the reader left them. */
  articles: Map<string, { text: string; title: string | null; author: string | null }>;
  events: ViewEvent[];
  store: GraphStore;
  close(): Promise<void>;
}

const ENTITIES = `query Entities($after: String) {
  entities(first: 100, after: $after) { edges { node { id kind name aliases } } pageInfo { hasNextPage endCursor } }
}`;

async function allEntities(store: GraphStore): Promise<Omit<CorpusEntity, 'articles'>[]> {
  const out: Omit<CorpusEntity, 'articles'>[] = [];
  for (let after: string | null = null; ; ) {
    const response = await executeQuery(store, ENTITIES, { after });
    if (response.errors?.length) throw new Error(`the API refused the entities query: ${response.errors.map((e) => e.message).join('; ')}`);
    const page = (response.data as { entities: { edges: { node: Omit<CorpusEntity, 'articles'> }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).entities;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

/** The names of a stored entity: an article extracted alone names a person joined across articles (joinPeople) by one of them. */
const names = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases]);

export async function corpusEntities(options: { rows: readonly ManifestRow[]; texts: string; onProgress?: (line: string) => void }): Promise<CorpusEntities> {
  const built = await buildRealnewsStore({ rows: options.rows, texts: options.texts, store: 'memory', hide: new Set(), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  try {
    const view = await graphView(built.store, built.lineIds);
    const stored = new Map(view.articles.map((a) => [a.manifestId, a]));
    const articleEntities = new Map<string, Entity[]>();
    const articles = new Map<string, { text: string; title: string | null; author: string | null }>();
    for (const [i, id] of built.lineIds.entries()) {
      const row = options.rows.find((r) => r.id === id)!;
      const raw = await readFile(path.join(options.texts, `${id}.txt`), 'utf8');
      // As readJsonl reads the line buildRealnewsStore wrote: {text, url}, source path#N.
      const article = cleanArticle({ source: `corpus.jsonl#${i + 1}`, text: raw, url: row.url }).articles[0];
      if (!article) continue;
      articles.set(id, { text: article.text, title: article.title ?? null, author: article.author ?? null });
      const reference = stored.get(id)?.latest ?? null;
      articleEntities.set(id, extractArticle(article, reference).entities);
    }
    const entities = (await allEntities(built.store)).map((e) => ({
      ...e,
      articles: built.lineIds.filter((id) => articleEntities.get(id)?.some((x) => x.id === e.id || (x.kind === e.kind && x.name.includes(" ") && names(e).has(x.name)))),
    }));
    return { entities, articleEntities, articles, events: view.events, store: built.store, close: built.close };
  } catch (error) {
    await built.close();
    throw error;
  }
}
