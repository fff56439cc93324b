// Reads the whole graph the way an analyst's client would: through the GraphQL API (executeQuery,
// with the server's limits), page by page. Returns every event with its participants, roles,
// place, interval, status and sources, and every article with its publication interval, the
// article mapped back to its manifest id by the JSONL line it was ingested from.
// Example: await graphView(store, ['minsk-01', 'minsk-02']) -> { events: [...], articles: [...] }
import { executeQuery } from '../../../src/api/executeQuery.js';
import type { GraphStore } from '../../../src/store/graphStore.js';
import type { ViewArticle, ViewEntity, ViewEvent } from './realnewsTypes.js';

const PAGE = 50;
const ENTITY = 'id kind name aliases';
export const EVENTS_QUERY = `query Events($after: String) {
  events(first: ${PAGE}, after: $after) {
    edges { node {
      id kind title status when { earliest latest }
      participants { role entity { ${ENTITY} } }
      place { ${ENTITY} }
      sources { article { id } quote }
      ... on Sanction { action }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ARTICLES = `query Articles($after: String) {
  articles(first: ${PAGE}, after: $after) {
    edges { node { id source publishedAt { earliest latest } dateSource } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function allNodes<T>(store: GraphStore, query: string, field: string): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await executeQuery(store, query, { after });
    if (response.errors?.length) throw new Error(`the API refused the ${field} query: ${response.errors.map((e) => `${e.message} (${String(e.extensions['code'])})`).join('; ')}`);
    const page = (response.data as Record<string, Connection<T>>)[field]!;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

interface ApiEvent {
  id: string;
  kind: ViewEvent['kind'];
  title: string;
  status: ViewEvent['status'];
  when: { earliest: string | null; latest: string | null } | null;
  participants: { role: string; entity: ViewEntity }[];
  place: ViewEntity | null;
  sources: { article: { id: string }; quote: string | null }[];
  action?: string | null;
}

interface ApiArticle {
  id: string;
  source: string;
  publishedAt: { earliest: string | null; latest: string | null } | null;
  dateSource: string;
}

/** lineIds[i] is the manifest id of JSONL line i + 1. */
export async function graphView(store: GraphStore, lineIds: readonly string[]): Promise<{ events: ViewEvent[]; articles: ViewArticle[] }> {
  const events = (await allNodes<ApiEvent>(store, EVENTS_QUERY, 'events')).map(
    (e): ViewEvent => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      earliest: e.when?.earliest ?? null,
      latest: e.when?.latest ?? e.when?.earliest ?? null,
      status: e.status,
      participants: e.participants,
      place: e.place,
      sources: e.sources.map((s) => s.article.id),
      action: e.action ?? null,
      quote: e.sources.find((s) => s.quote)?.quote ?? '',
    }),
  );
  const articles = (await allNodes<ApiArticle>(store, ARTICLES, 'articles')).map((a): ViewArticle => {
    const line = Number(/#(\d+)$/.exec(a.source)?.[1]);
    const manifestId = lineIds[line - 1];
    if (manifestId === undefined) throw new Error(`article ${a.id} comes from ${a.source}, which is no line of the corpus`);
    return { id: a.id, manifestId, earliest: a.publishedAt?.earliest ?? null, latest: a.publishedAt?.latest ?? null, dateSource: a.dateSource };
  });
  return { events, articles };
}
