// Extract stage: Article -> mentions and per-article facts. Contract: pure, per article, no I/O,
// no clock; the reference day comes from the article or the caller (resolve passes an inferred
// one for undated articles). The pipeline is data: a frozen list of stages a caller may replace.
// Example: extractArticle(article) on "Trump and Kim met in Singapore on June 12, 2018." ->
//   entities Donald Trump, Kim Jong Un, Singapore; time 2018-06-12; one SUMMIT/MEETING event.
import type { Article, Entity, EntityMention, EventFact, EventMention, Mentions, Span } from '../model/index.js';
import { contextFor, type ExtractContext } from './context.js';
import { extractEntities } from './entities/extractEntities.js';
import { gazetteer } from './entities/gazetteer.js';
import { readsOffice } from './entities/officeReadings.js';
import { assembleEvents } from './events/assembleEvents.js';
import { extractTriggers } from './events/triggers.js';
import { analyseClauses } from './clauses/analyseClauses.js';
import { splitSentences } from './sentences.js';
import { extractTimes } from './time/extractTimes.js';
import { hullTimes } from './time/hullTimes.js';

export interface ArticleExtraction {
  article: Article;
  reference: string | null;
  sentences: Span[];
  mentions: Mentions;
  entities: Entity[];
  events: EventFact[];
  /** Event mentions the text does not anchor (DESIGN.md, Mentions and events). */
  eventMentions: EventMention[];
}

export interface Pipeline {
  entities: (ctx: ExtractContext) => EntityMention[];
  times: typeof extractTimes;
  triggers: typeof extractTriggers;
  assemble: typeof assembleEvents;
}

export const DEFAULT_PIPELINE: Readonly<Pipeline> = Object.freeze({
  entities: (ctx: ExtractContext) => extractEntities(ctx),
  times: extractTimes,
  triggers: extractTriggers,
  assemble: assembleEvents,
});

export function extractArticle(article: Article, reference?: string | null, pipeline: Pipeline = DEFAULT_PIPELINE): ArticleExtraction {
  const ctx = contextFor(article, reference);
  const sentences = splitSentences(article.text);
  // A page that states its date coarser than a day ("2019-03") reads its relative days against both ends of it
  // (hullTimes): its "on Wednesday" is any Wednesday the month allows, not the one after its last day.
  const p = article.publishedAt;
  const times = reference === undefined && p?.earliest && p.latest && p.earliest !== p.latest ? hullTimes(pipeline.times, p.earliest) : pipeline.times;
  const mentions: Mentions = { entities: pipeline.entities(ctx), times: times(article.text, ctx), triggers: pipeline.triggers(ctx, sentences) };
  // Clauses only where a trigger is: the event rules read no other sentence's.
  const triggered = (start: number, end: number) => mentions.triggers.some((t) => t.start < end && t.end > start);
  const { events, mentions: eventMentions } = pipeline.assemble(ctx, mentions, sentences, analyseClauses(article.text, triggered));
  return { article, reference: ctx.reference, sentences, mentions, entities: entitiesOf(mentions.entities, events), events, eventMentions };
}

/** The entities an article names, with the surface forms it used; people the events added (a leader) too. */
function entitiesOf(mentions: EntityMention[], events: EventFact[]): Entity[] {
  const byId = new Map<string, Entity>();
  const g = gazetteer();
  for (const m of mentions) {
    const e = byId.get(m.id) ?? { id: m.id, kind: m.kind, name: m.name, aliases: [] };
    const named = !readsOffice(m) && m.by !== 'entities/demonym';
    if (named && m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    byId.set(m.id, e);
  }
  const ids = [...events.flatMap((e) => e.participants.map((p) => p.entity)), ...events.flatMap((e) => (e.place ? [e.place] : []))];
  for (const id of ids) {
    const entry = g.byId.get(id);
    if (!byId.has(id) && entry) byId.set(id, { id, kind: entry.kind, name: entry.name, aliases: [] });
  }
  for (const e of byId.values()) {
    const entry = g.byId.get(e.id);
    if (entry) e.aliases = [...new Set([...entry.aliases.filter((a) => a !== e.name), ...e.aliases])];
    e.aliases.sort();
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
