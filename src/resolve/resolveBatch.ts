// Resolve stage: per-article extractions + what the store holds -> one GraphChange.
// Contract: dates undated articles (inferPublication) and extracts them again against the
// inferred interval; clusters the batch's events with the store's candidate events (same
// kind, a shared participant or place) into one event per real-world event; merges entity
// aliases with the store's; adds the gazetteer's dated office terms (HOLDS) of the people named.
// Example: three articles reporting the Hanoi summit -> one SUMMIT with three sources.
import type { Article, Entity, EventFact, Holding } from '../model/index.js';
import { gazetteer } from '../extract/entities/gazetteer.js';
import { DEFAULT_PIPELINE, extractArticle, type ArticleExtraction, type Pipeline } from '../extract/pipeline.js';
import type { GraphChange, GraphStore } from '../store/graphStore.js';
import { clusterEvents } from './clusterEvents.js';
import { CalendarDay } from '../model/calendarDay.js';
import { inferPublication, lowerBound, span } from './dateArticles.js';
import { hullTimes } from './hullTimes.js';


export async function resolveBatch(extractions: ArticleExtraction[], store: GraphStore, pipeline: Pipeline = DEFAULT_PIPELINE): Promise<{ change: GraphChange; extractions: ArticleExtraction[] }> {
  const storedArticles = await allArticles(store);
  const { raw, replaced } = await affectedByBatch(extractions, storedArticles, store, pipeline);
  const byId = new Map<string, Article>([...storedArticles, ...raw.map((x) => x.article)].map((a) => [a.id, a]));
  const dated = [...byId.values()].filter((a) => a.publishedAt?.earliest && a.dateSource !== 'inferred');
  let pool = raw.filter((x) => x.article.publishedAt?.earliest).flatMap((x) => x.events);

  // Undated articles are dated one at a time; each one dated adds its events to what dates the next.
  const results = new Map(raw.map((x) => [x.article.id, x]));
  let undated = raw.filter((x) => !x.article.publishedAt?.earliest);
  for (let progress = true; progress && undated.length > 0; ) {
    progress = false;
    const known = clusterEvents(pool, byId).filter((e) => e.when?.earliest);
    for (const x of undated) {
      const redated = redate(x, dated, known, pipeline);
      if (redated === x) continue;
      results.set(x.article.id, redated);
      byId.set(x.article.id, redated.article);
      dated.push(redated.article);
      pool = [...pool, ...redated.events];
      progress = true;
      break;
    }
    undated = undated.filter((x) => results.get(x.article.id) === x);
  }

  const final = raw.map((x) => results.get(x.article.id)!);
  const events = clusterEvents(final.flatMap((x) => x.events), byId);
  const kept = new Set(events.map((e) => e.id));
  const named = final.flatMap((x) => x.entities);
  const holdings = holdingsOf(named);
  const entities = await mergeEntities([...named, ...countriesOf(holdings)], store);
  return {
    change: {
      // Each article keeps the event mentions its text does not anchor, as evidence.
      articles: final.map((x) => (x.eventMentions.length > 0 ? { ...x.article, mentions: x.eventMentions } : x.article)),
      entities,
      holdings,
      events,
      removeEvents: [...replaced].filter((id) => !kept.has(id)).sort(),
    },
    extractions: final,
  };
}

/**
 * What a batch touches, so that the result does not depend on arrival order: the stored events
 * its events may merge with, every event those events' articles contributed to, transitively,
 * and every article whose date was inferred or is unknown (new articles may date it). Stored
 * articles in that set are extracted again from their text (extraction is pure and cheap) and
 * all their events are clustered anew; the stored events they made are replaced.
 */
async function affectedByBatch(extractions: ArticleExtraction[], stored: Article[], store: GraphStore, pipeline: Pipeline): Promise<{ raw: ArticleExtraction[]; replaced: Set<string> }> {
  const raw = new Map(extractions.map((x) => [x.article.id, x]));
  const storedById = new Map(stored.map((a) => [a.id, a]));
  const replaced = new Set<string>();
  let frontier = stored.filter((a) => !raw.has(a.id) && (a.dateSource === 'inferred' || !a.publishedAt?.earliest)).map((a) => a.id);
  let probe = [...raw.values()];
  while (frontier.length > 0 || probe.length > 0) {
    const clusters = [...(await store.candidateEvents(kindsOf(probe), entityIdsOf(probe)))];
    for (const id of frontier) clusters.push(...(await eventsFrom(store, id)));
    const next = new Set<string>();
    for (const c of clusters) {
      if (replaced.has(c.id)) continue;
      replaced.add(c.id);
      for (const s of c.sources) if (!raw.has(s)) next.add(s);
    }
    for (const id of frontier) if (!raw.has(id)) next.add(id);
    probe = [];
    for (const id of next) {
      const article = storedById.get(id);
      if (!article || raw.has(id)) continue;
      const original: Article = article.dateSource === 'inferred' ? { ...article, publishedAt: null, dateSource: 'none' } : article;
      const x = extractArticle(original, undefined, pipeline);
      raw.set(id, x);
      probe.push(x);
    }
    frontier = probe.map((x) => x.article.id);
  }
  return { raw: [...raw.values()].sort((a, b) => a.article.id.localeCompare(b.article.id)), replaced };
}

async function eventsFrom(store: GraphStore, articleId: string): Promise<EventFact[]> {
  const out: EventFact[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.events({ source: articleId, first: 100, offset });
    out.push(...page.items);
    if (!page.hasNextPage) return out;
  }
}

function redate(x: ArticleExtraction, dated: Article[], datedEvents: EventFact[], pipeline: Pipeline): ArticleExtraction {
  const inferred = inferPublication(x, dated, datedEvents);
  if (!inferred || (!inferred.earliest && !inferred.latest)) return x;
  // A report with only a lower bound is taken to be written within a year of the event it reports;
  // a plan with only an upper bound, within the year before the event it announces.
  const upper = inferred.latest ?? CalendarDay.shift(inferred.earliest!, 365);
  // Named dates the article narrates as past, read against the upper bound, raise the lower one.
  const named = inferred.latest ? lowerBound(extractArticle(x.article, upper, pipeline), upper) : null;
  const lower = [inferred.earliest, named].filter((d): d is string => d !== null).sort().pop() ?? CalendarDay.shift(upper, -365);
  const publishedAt = lower === inferred.earliest && upper === inferred.latest ? inferred : span(`inferred from content: after ${lower}, before ${upper}`, lower, upper);
  const article: Article = { ...x.article, publishedAt, dateSource: 'inferred' };
  const times = lower === upper ? pipeline.times : hullTimes(pipeline.times, lower);
  return extractArticle(article, upper, { ...pipeline, times });
}

async function allArticles(store: GraphStore): Promise<Article[]> {
  const out: Article[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.articles({ first: 100, offset });
    out.push(...page.items);
    if (!page.hasNextPage) return out;
  }
}

function kindsOf(xs: ArticleExtraction[]) {
  return [...new Set(xs.flatMap((x) => x.events.map((e) => e.kind)))];
}

function entityIdsOf(xs: ArticleExtraction[]): string[] {
  return [...new Set(xs.flatMap((x) => x.events.flatMap((e) => [...e.participants.map((p) => p.entity), ...(e.place ? [e.place] : [])])))];
}

async function mergeEntities(found: Entity[], store: GraphStore): Promise<Entity[]> {
  const byId = new Map<string, Entity>();
  for (const e of [...(await store.entitiesByIds([...new Set(found.map((f) => f.id))])), ...found]) {
    const had = byId.get(e.id);
    byId.set(e.id, had ? { ...had, aliases: [...new Set([...had.aliases, ...e.aliases])].sort() } : { ...e, aliases: [...e.aliases].sort() });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The countries whose offices people hold, so HOLDS edges have both ends. */
function countriesOf(holdings: Holding[]): Entity[] {
  const g = gazetteer();
  return [...new Set(holdings.map((h) => h.of))].map((id) => {
    const e = g.byId.get(id)!;
    return { id, kind: e.kind, name: e.name, aliases: e.aliases.filter((a) => a !== e.name) };
  });
}

function holdingsOf(entities: Entity[]): Holding[] {
  const people = new Set(entities.filter((e) => e.kind === 'PERSON').map((e) => e.id));
  return gazetteer().holdings.filter((h) => people.has(h.person));
}
