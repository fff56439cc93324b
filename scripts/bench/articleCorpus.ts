// A generated corpus of "articles' worth of facts" for the Neo4j write benchmark and the fault
// test: one GraphChange per batch of articles, shaped like what resolve sends for real news (the
// articles, the entities they name with aliases, office holdings, events with 2-4 participants, a
// place, a date, evidence and status history, and now and then an earlier event merged away and
// written again with one more source). Deterministic for a given seed; no I/O.
//
//   for (const change of articleCorpus({ articles: 10_000, batchSize: 50 })) await store.write(change);
import type { Entity, EntityKind, EventFact, EventKind, EventStatus, Evidence, Holding, TimeSpan } from '../../src/model/index.js';
import type { GraphChange } from '../../src/store/graphStore.js';
import { mulberry32 } from './mulberry32.js';

export interface ArticleCorpusOptions {
  articles: number;
  /** Articles per GraphChange (ingest's default batch is 50). */
  batchSize?: number;
  /** Events per article. */
  eventsPerArticle?: number;
  people?: number;
  seed?: number;
}

const DEFAULTS = { batchSize: 50, eventsPerArticle: 3, people: 3_000, seed: 20190227 };
const KINDS: EventKind[] = ['SUMMIT', 'MEETING', 'TALKS', 'LETTER', 'SANCTION', 'VISIT', 'WEAPONS_TEST', 'STATEMENT'];
const STATUSES: EventStatus[] = ['OCCURRED', 'OCCURRED', 'OCCURRED', 'PLANNED', 'CANCELLED', 'POSTPONED'];
const ROLES: Partial<Record<EventKind, [string, string]>> = { LETTER: ['sender', 'recipient'], SANCTION: ['imposer', 'target'], VISIT: ['visitor', 'host'] };

export function* articleCorpus(options: ArticleCorpusOptions): Generator<GraphChange> {
  const { batchSize, eventsPerArticle, people, seed } = { ...DEFAULTS, ...options };
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const population = {
    PERSON: Array.from({ length: people }, (_, i) => entity('PERSON', `person-${i}`, `Person ${i}`, [`P. ${i}`, `Mr ${i}`])),
    COUNTRY: Array.from({ length: 80 }, (_, i) => entity('COUNTRY', `country-${i}`, `Country ${i}`, [`C${i}`])),
    ORGANIZATION: Array.from({ length: 150 }, (_, i) => entity('ORGANIZATION', `org-${i}`, `Organization ${i}`, [])),
    PLACE: Array.from({ length: 400 }, (_, i) => entity('PLACE', `place-${i}`, `Place ${i}`, [])),
  };
  const written: EventFact[] = [];

  for (let first = 0; first < options.articles; first += batchSize) {
    const change: GraphChange = { articles: [], entities: [], holdings: [], events: [], removeEvents: [] };
    const named = new Map<string, Entity>();
    for (let a = first; a < Math.min(options.articles, first + batchSize); a++) {
      const day = isoDay(Date.UTC(2000, 0, 1) + Math.floor(random() * 9000) * 86_400_000);
      const sentences: string[] = [];
      const articleId = `article:${a.toString(16).padStart(16, '0')}`;
      const events: EventFact[] = [];
      for (let e = 0; e < eventsPerArticle; e++) {
        const kind = pick(KINDS);
        const actors = kind === 'SANCTION' ? [pick(population.COUNTRY), pick(population.COUNTRY)] : Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random() < 0.8 ? population.PERSON : population.COUNTRY));
        const place = kind === 'LETTER' || kind === 'STATEMENT' ? null : pick(population.PLACE);
        const quote = `${actors.map((x) => x.name).join(' and ')} ${kind.toLowerCase()} ${place ? `in ${place.name}` : ''} on ${day}.`;
        const start = sentences.join(' ').length + (sentences.length > 0 ? 1 : 0);
        const evidence: Evidence = { article: articleId, sentence: sentences.length, start, end: start + quote.length, quote };
        sentences.push(quote);
        const roles = ROLES[kind];
        const status = pick(STATUSES);
        events.push({
          id: `event:${kind.toLowerCase()}-${a}-${e}`,
          kind,
          title: `${kind} ${a}-${e}`,
          when: span(day),
          status,
          statusHistory: [{ status, evidence }],
          participants: [...new Map(actors.map((x, i) => [x.id, { entity: x.id, role: roles ? (i === 0 ? roles[0] : roles[1]) : 'participant', evidence: [evidence] }])).values()],
          place: place?.id ?? null,
          ordinal: random() < 0.1 ? 2 : null,
          description: null,
          evidence: [evidence],
          sources: [articleId],
          confidence: Math.round(random() * 100) / 100,
          extractor: `events/${kind.toLowerCase()}@1`,
        });
        for (const x of [...actors, ...(place ? [place] : [])]) named.set(x.id, x);
      }
      change.articles.push({ id: articleId, source: `bench/${a}.txt`, title: `Article ${a}`, text: sentences.join(' '), publishedAt: span(day), dateSource: 'header' });
      // One article in ten reports an earlier event again: resolve merges it (removed, written anew with both sources).
      const earlier = written.length > 0 && random() < 0.1 ? pick(written) : undefined;
      if (earlier && !change.removeEvents.includes(earlier.id) && !change.events.some((x) => x.id === earlier.id)) {
        const merged: EventFact = { ...earlier, id: `${earlier.id}-m${a}`, sources: [...earlier.sources, articleId] };
        change.removeEvents.push(earlier.id);
        events.push(merged);
        for (const p of merged.participants) named.set(p.entity, entityById(population, p.entity));
        if (merged.place) named.set(merged.place, entityById(population, merged.place));
        written.splice(written.indexOf(earlier), 1);
      }
      change.events.push(...events);
      written.push(...events);
    }
    change.entities = [...named.values()];
    change.holdings = change.entities.filter((x) => x.kind === 'PERSON' && random() < 0.1).map((x): Holding => ({ person: x.id, title: 'Minister', of: pick(population.COUNTRY).id, from: '2001-01-01', to: null }));
    for (const h of change.holdings) if (!named.has(h.of)) change.entities.push(entityById(population, h.of));
    yield change;
  }
}

function entity(kind: EntityKind, slug: string, name: string, aliases: string[]): Entity {
  const prefix = { PERSON: 'person', COUNTRY: 'country', ORGANIZATION: 'org', PLACE: 'place' }[kind];
  return { id: `${prefix}:${slug}`, kind, name, aliases };
}

function entityById(population: Record<EntityKind, Entity[]>, id: string): Entity {
  for (const list of Object.values(population)) {
    const found = list.find((x) => x.id === id);
    if (found) return found;
  }
  throw new Error(`no generated entity ${id}`);
}

function span(day: string): TimeSpan {
  return { text: day, earliest: day, latest: day, granularity: 'day', value: day };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

