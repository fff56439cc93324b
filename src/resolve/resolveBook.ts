// What resolve keeps in the store beside the graph (GraphStore.resolveRecords / resolvePostings),
// so that a new article is resolved against what it touches without reading every article again,
// and a cache of it for one batch. Records:
//   report:<report id>  -> ReportRecord (an article's own event report, and the clusters it is in)
//   meta:<article id>   -> ArticleRecord (how the article was dated, its reports, what could date it)
// Postings (id -> keys; clusterKeys.ts says what a key is):
//   report:<report id>  under R:<report key> (filed once: a report's keys never change)
//   member:<report id>  under EM:<event id>, DM:<dating cluster id> (the clusters it is in)
//   <event id>          under E:<cluster key>  (the clustering of all reports: the graph's events)
//   dating:<report id>  under D:<cluster key>  (the clustering of reports dated by their own text
//                        or by the same story, which dates the others; named by its first report)
//   <article id>        under Q:<quote hash> (every article), P:<dating key> (articles dated from content, or not at all)
//   <person id>         under N:<name word> (every person written, by the words of its name and aliases: joinBatchPeople)
//
//   const book = new BookCache(store);
//   await book.fetch(['E:MEET|place|place:hanoi|country:north-korea'], ['report:event:summit-1a2b']);
//   book.postings('E:MEET|place|place:hanoi|country:north-korea')  // ['event:summit-9f8e']
import { createHash } from 'node:crypto';
import type { Article, EntityMention, EventFact, TimeSpan } from '../model/index.js';
import type { GraphStore } from '../store/graphStore.js';
import { quoteKeys } from './sharedQuotes.js';

/**
 * How an article was dated: 1 by its own text (header, dateline, URL, metadata, given); 2 by the
 * same story as articles of tier 1 (shared quotes); 3 from what it reports (events of tiers 1-2,
 * terms of office); 4 not at all. Only tiers 1 and 2 date others, so dating never goes round in circles.
 */
export type Tier = 1 | 2 | 3 | 4;

export interface ReportRecord {
  fact: EventFact;
  /** Its article's publication day (latest), '' when undated. */
  published: string;
  /** The event (cluster of all reports) it is in. */
  event: string;
  /** The dating cluster it is in; null for reports of articles of tiers 3 and 4. */
  dating: string | null;
}

export interface ArticleRecord {
  tier: Tier;
  /** The publication date the read stage gave (null, or a year-less dateline such as XXXX-10-07). */
  raw: { publishedAt: TimeSpan | null; dateSource: Article['dateSource'] };
  /** What inferPublication made of it (tiers 2 and 3), before redate narrowed it; null otherwise. */
  inferred: TimeSpan | null;
  /** Hashes of its quotes (quoteHashes). */
  quotes: string[];
  /** Ids of its reports as they stand. */
  reports: string[];
  /** Tiers 3 and 4: its reports read without a date, and the people it names with a title, to weigh new evidence without extracting it again. */
  rawEvents?: EventFact[];
  titled?: Pick<EntityMention, 'id' | 'kind' | 'title' | 'start' | 'end' | 'text' | 'name' | 'by'>[];
}

export const reportRecordId = (reportId: string): string => `report:${reportId}`;
export const memberId = (reportId: string): string => `member:${reportId}`;
/** The record of the report a member: posting id stands for. */
export const memberRecordId = (member: string): string => reportRecordId(member.slice('member:'.length));
export const articleRecordId = (articleId: string): string => `meta:${articleId}`;
export const datingClusterId = (firstReportId: string): string => `dating:${firstReportId}`;

/** The quotes an article shares with others (sharedQuotes.ts), hashed to short keys. */
export function quoteHashes(text: string): string[] {
  return [...quoteKeys(text)].map((q) => createHash('sha1').update(q).digest('hex').slice(0, 16)).sort();
}

/** Postings and records read from the store during one batch, each once. */
export class BookCache {
  private readonly store: GraphStore;
  private readonly postingCache = new Map<string, readonly string[]>();
  private readonly recordCache = new Map<string, unknown>();
  /** Store round trips so far (the benchmark reports them). */
  reads = 0;

  constructor(store: GraphStore) {
    this.store = store;
  }

  /** Loads what is not cached yet of these postings keys and record ids (one call each). */
  async fetch(keys: Iterable<string>, recordIds: Iterable<string> = []): Promise<void> {
    const newKeys = [...new Set(keys)].filter((k) => !this.postingCache.has(k));
    if (newKeys.length > 0) {
      this.reads++;
      const found = await this.store.resolvePostings(newKeys);
      for (const k of newKeys) this.postingCache.set(k, found.get(k) ?? []);
    }
    const newIds = [...new Set(recordIds)].filter((id) => !this.recordCache.has(id));
    if (newIds.length > 0) {
      this.reads++;
      const found = await this.store.resolveRecords(newIds);
      for (const id of newIds) this.recordCache.set(id, found.get(id) ?? null);
    }
  }

  /** The ids under a key; undefined when not fetched. */
  postings(key: string): readonly string[] | undefined {
    return this.postingCache.get(key);
  }

  /** A record; null when the store has none, undefined when not fetched. */
  record<T>(id: string): T | null | undefined {
    return this.recordCache.get(id) as T | null | undefined;
  }
}
