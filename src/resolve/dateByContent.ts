// Dating, second step, for one batch: an undated article no tier-1 article shares its story with
// is dated from what it reports (inferPublication's second rule) against the dating clusters, the
// events told by articles of tiers 1 and 2 as they stand after the batch (tier 3; tier 4 when
// nothing dates it). Besides the batch's own undated articles, stored articles of tiers 3 and 4
// are weighed again when a dating cluster they may match changed (found through their P: postings,
// checked against the changed clusters with mayDate, then by inferring their date without
// extracting them again); only those whose inferred date changes are read again, once each (redate).
//
//   await dateByContent(batch, store, book, states, datingReplay);  // states: 004 -> tier 3, 2018-09-20..2019-01-31
import type { EventFact } from '../model/index.js';
import { DEFAULT_PIPELINE, extractArticle, type ArticleExtraction, type Pipeline } from '../extract/pipeline.js';
import type { GraphStore } from '../store/graphStore.js';
import { rawArticle, recordedExtraction, sameSpan, type ArticleState } from './articleState.js';
import { clusterKeys, reportKeys } from './clusterKeys.js';
import { inferPublication, mayDate } from './dateArticles.js';
import { withTitleReports } from './leadNews.js';
import { MergedView } from './mergedView.js';
import { redate } from './redate.js';
import type { ReplayResult, Report } from './replayClusters.js';
import { articleRecordId, memberRecordId, type ArticleRecord, type BookCache } from './resolveBook.js';
import { StoredClusters } from './storedClusters.js';

export async function dateByContent(batch: readonly ArticleExtraction[], store: GraphStore, book: BookCache, states: Map<string, ArticleState>, dating: ReplayResult, pipeline: Pipeline = DEFAULT_PIPELINE): Promise<void> {
  const source = new StoredClusters(book, 'D');
  const changed = [...dating.clusters].map(([id, after]) => ({ id, before: id.startsWith('new:') ? [] : (source.membersOf(id) ?? []), after }));

  // Stored articles of tiers 3 and 4 whose reports a changed dating cluster may date.
  const keys = [...new Set(changed.flatMap((c) => [c.before, c.after].flatMap((ms) => (ms.length > 0 ? clusterKeys(ms.map((m) => m.fact), { dating: true }) : []))))];
  await book.fetch(keys.map((k) => `P:${k}`));
  const batchIds = new Set(batch.map((x) => x.article.id));
  const probed = [...new Set(keys.flatMap((k) => book.postings(`P:${k}`) ?? []))].filter((id) => !batchIds.has(id) && !states.has(id));
  await book.fetch([], probed.map(articleRecordId));
  const changedStates = probed.length === 0 ? [] : changed.flatMap((c) => [stateOf(c.before), stateOf(c.after)]).filter((d): d is EventFact => d !== null && !!d.when?.earliest);
  const revisit = probed.filter((id) => {
    const record = book.record<ArticleRecord>(articleRecordId(id));
    return record && record.tier >= 3 && (record.rawEvents ?? []).some((e) => changedStates.some((d) => mayDate(e, d)));
  });
  const storedArticles = new Map((await store.articlesByIds(revisit)).map((a) => [a.id, a]));

  const undated = [
    // A fresh page's headline reports count too (leadNews.ts); a stored page's were recorded with it.
    ...batch.filter((x) => !states.has(x.article.id)).map((x) => ({ id: x.article.id, raw: withTitleReports(x, pipeline), record: null as ArticleRecord | null, full: x as ArticleExtraction | undefined })),
    ...revisit.map((id) => {
      const record = book.record<ArticleRecord>(articleRecordId(id))!;
      const article = rawArticle(storedArticles.get(id)!, record.raw);
      const raw = recordedExtraction(article, record.rawEvents, record.titled);
      return { id, raw, record, full: undefined };
    }),
  ];
  const known = await datedEvents(book, undated.flatMap((u) => u.raw.events), dating);
  for (const u of undated) {
    const datedNow = known(u.raw.events);
    const inferred = inferPublication(u.raw, [], datedNow, pipeline);
    if (u.record && sameSpan(inferred, u.record.inferred)) continue;
    // A stored article is extracted once, against its new date (redate); what it reports undated stays as recorded.
    const redated = inferred ? redate(u.raw.article, inferred, pipeline) : null;
    const x = redated ?? u.full ?? extractArticle(u.raw.article, undefined, pipeline);
    const { publishedAt, dateSource } = u.raw.article;
    states.set(u.id, { x, tier: redated ? 3 : 4, raw: { publishedAt, dateSource }, inferred, rawX: u.raw, stored: u.record });
  }
}

/** The merged view of a cluster (the fields inferPublication and mayDate read: mergedView.ts); its sources, the articles that give its date themselves. */
function stateOf(members: readonly Report[]): EventFact | null {
  if (members.length === 0) return null;
  const view = new MergedView();
  for (const m of members) view.add(m.fact, m.published);
  const event = view.event();
  const dating = members.filter((m) => event.when?.earliest && m.fact.when?.earliest === event.when.earliest && m.fact.when.latest === event.when.latest);
  return { ...event, sources: [...new Set(dating.flatMap((m) => m.fact.sources))].sort() };
}

/**
 * The dated events (dating clusters after the batch, merged) that reports may be dated by: those
 * filed under their dating keys, read from the store, with the batch's changes in.
 */
async function datedEvents(book: BookCache, reports: readonly EventFact[], dating: ReplayResult): Promise<(events: readonly EventFact[]) => EventFact[]> {
  const keysOf = (e: EventFact): string[] => reportKeys(e, { dating: true });
  await book.fetch([...new Set(reports.flatMap(keysOf))].map((k) => `D:${k}`));
  const storedIds = [...new Set(reports.flatMap(keysOf).flatMap((k) => book.postings(`D:${k}`) ?? []))].filter((id) => !dating.clusters.has(id));
  await book.fetch(storedIds.map((id) => `DM:${id}`));
  await book.fetch([], storedIds.flatMap((id) => book.postings(`DM:${id}`) ?? []).map((id) => memberRecordId(id)));
  const source = new StoredClusters(book, 'D');
  const merged = new Map<string, { keys: Set<string>; event: EventFact }>();
  const clusters: [string, readonly Report[]][] = [...storedIds.map((id): [string, readonly Report[]] => [id, source.membersOf(id) ?? []]), ...dating.clusters];
  for (const [id, members] of clusters) {
    if (members.length === 0) continue;
    const event = stateOf(members)!;
    if (event.when?.earliest) merged.set(id, { keys: new Set(clusterKeys(members.map((m) => m.fact), { dating: true })), event });
  }
  return (events) => {
    const wanted = events.flatMap(keysOf);
    return [...merged.values()].filter((m) => wanted.some((k) => m.keys.has(k))).map((m) => m.event);
  };
}

