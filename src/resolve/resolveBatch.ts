// Resolve stage: per-article extractions + what the store holds -> one GraphChange. Contract:
// the graph after any sequence of batches is the one all their articles make at once, and a
// batch costs what it touches, not what the store holds. In order:
//   0. joinBatchPeople: a new person written as a shorter form or a misspelling of one other
//      person (in the batch, or stored and filed under a word of its name: N: postings) is that person;
//   1. dateByStory: articles dated by their own text (tier 1); undated ones sharing quotes with
//      them take their date (tier 2), new ones and stored ones the batch's dated articles share quotes with;
//   2. the dating clusters (events of tiers 1-2 only) take the new and re-dated reports (replayStored 'D');
//   3. dateByContent: the rest are dated from the events they report (tier 3), the batch's and
//      stored ones whose dating clusters changed; the articles dating read again (redate) are
//      joined again as in 0, since a fresh extraction knows nothing of the joins;
//   4. the events (all reports) take the new and re-dated reports (replayStored 'E');
//   5. bookChange: changed events and bookkeeping; entitiesOf: entities, aliases, office terms.
// Candidates are found through resolve's postings in the store (resolveBook.ts); no stored
// article is read again unless new evidence changes its date. Events the store holds without
// resolve's bookkeeping (written by hand, or by a newsgraph from before it kept it) are not matched.
// Example: three articles reporting the Hanoi summit -> one SUMMIT with three sources.
import type { ArticleExtraction, Pipeline } from '../extract/pipeline.js';
import { DEFAULT_PIPELINE } from '../extract/pipeline.js';
import type { GraphChange, GraphStore } from '../store/graphStore.js';
import { reportsOf, type ArticleState } from './articleState.js';
import { bookChange } from './bookChange.js';
import { dateByContent } from './dateByContent.js';
import { dateByStory } from './dateByStory.js';
import { entitiesOf } from './entitiesOf.js';
import { joinBatchPeople, personPostings } from './joinBatchPeople.js';
import { officePostings } from './officeHolders.js';
import { BookCache } from './resolveBook.js';
import { replayStored } from './storedClusters.js';

export interface ResolveStats {
  /** Stored articles dated anew (and so extracted again). */
  redated: number;
  /** Of those, dated by the same story as new articles (tier 2) and from content (tiers 3-4). */
  byStory: number;
  byContent: number;
  /** Store round trips for resolve's bookkeeping. */
  reads: number;
}

export async function resolveBatch(batch: ArticleExtraction[], store: GraphStore, pipeline: Pipeline = DEFAULT_PIPELINE): Promise<{ change: GraphChange; extractions: ArticleExtraction[]; stats: ResolveStats }> {
  const extractions = await joinBatchPeople(batch, store);
  const book = new BookCache(store);
  const states = new Map<string, ArticleState>();
  await dateByStory(extractions, store, book, states, pipeline);
  const dating = await replayStored(book, 'D', reportsIn(states, (s) => s.tier <= 2), removedFrom(states, (s) => s.stored?.tier !== undefined && s.stored.tier <= 2));
  await dateByContent(extractions, store, book, states, dating, pipeline);
  const dated = [...states.values()];
  const joined = await joinBatchPeople(dated.map((s) => s.x), store);
  dated.forEach((s, i) => (s.x = joined[i]!));
  const events = await replayStored(book, 'E', reportsIn(states, () => true), removedFrom(states, (s) => s.stored !== null));
  const { events: written, removeEvents, resolve } = bookChange(states, dating, events, book);
  const finals = [...states.values()].map((s) => s.x);
  const { entities, holdings } = await entitiesOf(finals, store);
  const batchIds = new Set(extractions.map((x) => x.article.id));
  return {
    // Each article keeps the event mentions its text does not anchor, as evidence.
    change: {
      articles: finals.map((x) => (x.eventMentions.length > 0 ? { ...x.article, mentions: x.eventMentions } : x.article)),
      entities,
      holdings,
      events: written,
      removeEvents,
      resolve: { records: resolve.records, postings: [...resolve.postings, ...personPostings(entities), ...officePostings(finals)] },
    },
    extractions: extractions.map((x) => states.get(x.article.id)?.x ?? x),
    stats: {
      redated: finals.filter((x) => !batchIds.has(x.article.id)).length,
      byStory: [...states.values()].filter((s) => s.stored && s.tier === 2).length,
      byContent: [...states.values()].filter((s) => s.stored && s.tier >= 3).length,
      reads: book.reads,
    },
  };
}

function reportsIn(states: ReadonlyMap<string, ArticleState>, wanted: (s: ArticleState) => boolean) {
  return [...states.values()].filter(wanted).flatMap((s) => reportsOf(s.x));
}

function removedFrom(states: ReadonlyMap<string, ArticleState>, wanted: (s: ArticleState) => boolean): string[] {
  return [...states.values()].filter(wanted).flatMap((s) => s.stored?.reports ?? []);
}
