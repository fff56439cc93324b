// What a resolved batch writes, from the two replays and the articles it dated: the events of
// every changed cluster (mergeEvents of its members; ids that changed or vanished are removed),
// and resolve's bookkeeping (resolveBook.ts) for every report, cluster and article whose entry
// changed. A report left as a mention (cluster "mention:<report id>", replayClusters.ts) makes no
// event and is filed under no key; its record says so, and the API reads it back as a mention of
// its article (api/articleMentions.ts). Reports whose event and dating cluster keep their ids, and clusters that keep their ids
// and keys, are not written again.
//
//   bookChange(states, datingReplay, eventReplay, book) -> { events, removeEvents, resolve }
import type { EventFact } from '../model/index.js';
import type { GraphChange, ResolveChange } from '../store/graphStore.js';
import type { ArticleState } from './articleState.js';
import { clusterKeys, reportKeys } from './clusterKeys.js';
import { mergeEvents } from './mergeEvents.js';
import { isMention, publishedOf, type ReplayResult, type Report } from './replayClusters.js';
import { articleRecordId, datingClusterId, memberId, quoteHashes, reportRecordId, type ArticleRecord, type BookCache, type ReportRecord } from './resolveBook.js';
import { StoredClusters, type Clustering } from './storedClusters.js';

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

export function bookChange(states: ReadonlyMap<string, ArticleState>, dating: ReplayResult, events: ReplayResult, book: BookCache): Pick<GraphChange, 'events' | 'removeEvents'> & { resolve: ResolveChange } {
  const resolve: ResolveChange = { records: [], postings: [] };
  const written: EventFact[] = [];
  const newEventOf = new Map<string, string>();
  const newDatingOf = new Map<string, string>();

  /** Files a cluster under its keys anew, unless it keeps its id and its keys. */
  const file = (clustering: Clustering, id: string, oldId: string, members: readonly Report[]): void => {
    const options = { dating: clustering === 'D' };
    const keys = clusterKeys(members.map((m) => m.fact), options);
    const old = oldId === id ? new StoredClusters(book, clustering).membersOf(oldId) : undefined;
    if (old && sameKeys(clusterKeys(old.map((m) => m.fact), options), keys)) return;
    resolve.postings.push({ id, keys: keys.map((k) => `${clustering}:${k}`) });
  };

  // Events: one per changed cluster; an id no cluster has any more is removed.
  const oldEventIds = new Set<string>();
  for (const [id, members] of events.clusters) {
    // A report left as a mention (replayClusters.ts, link) is no event: it is filed under nothing and read back as a mention of its article.
    if (isMention(id)) {
      for (const m of members) newEventOf.set(m.fact.id, id);
      continue;
    }
    if (!id.startsWith('new:')) oldEventIds.add(id);
    if (members.length === 0) continue;
    const event = mergeEvents(members.map((m) => m.fact), publishedOf(members));
    written.push(event);
    for (const m of members) newEventOf.set(m.fact.id, event.id);
    file('E', event.id, id, members);
  }
  const eventIds = new Set(written.map((e) => e.id));
  const removeEvents = [...oldEventIds].filter((id) => !eventIds.has(id)).sort();
  for (const id of removeEvents) resolve.postings.push({ id, keys: [] });

  // Dating clusters, named by their first report.
  const datingIds = new Set<string>();
  const oldDatingIds = new Set<string>();
  for (const [id, members] of dating.clusters) {
    if (!id.startsWith('new:')) oldDatingIds.add(id);
    if (members.length === 0) continue;
    const datingId = datingClusterId((members[0] as Report).fact.id);
    datingIds.add(datingId);
    for (const m of members) newDatingOf.set(m.fact.id, datingId);
    file('D', datingId, id, members);
  }
  for (const id of oldDatingIds) if (!datingIds.has(id)) resolve.postings.push({ id, keys: [] });

  // Reports: new ones, and stored ones whose event or dating cluster changed id.
  const fresh = new Map<string, Report>();
  for (const state of states.values()) for (const fact of state.x.events) fresh.set(fact.id, { fact, published: state.x.article.publishedAt?.latest ?? '' });
  const touched = new Map<string, Report>(fresh);
  for (const members of [...events.clusters.values(), ...dating.clusters.values()]) for (const m of members) if (!touched.has(m.fact.id)) touched.set(m.fact.id, m);
  for (const [id, report] of touched) {
    const stored = fresh.has(id) ? null : book.record<ReportRecord>(reportRecordId(id));
    const event = newEventOf.get(id) ?? stored?.event;
    const datingId = newDatingOf.get(id) ?? stored?.dating ?? null;
    if (event === undefined) throw new Error(`resolve: report ${id} ended in no event`);
    if (stored && stored.event === event && stored.dating === datingId) continue;
    const record: ReportRecord = { fact: report.fact, published: report.published, event, dating: datingId };
    resolve.records.push({ id: reportRecordId(id), value: record });
    // A report's own keys are filed when it comes (they never change); its clusters whenever they do.
    if (!stored) resolve.postings.push({ id: reportRecordId(id), keys: reportKeys(report.fact).map((k) => `R:${k}`) });
    resolve.postings.push({ id: memberId(id), keys: [`EM:${event}`, ...(datingId ? [`DM:${datingId}`] : [])] });
  }
  for (const state of states.values()) {
    for (const id of state.stored?.reports ?? []) {
      if (fresh.has(id)) continue;
      resolve.records.push({ id: reportRecordId(id), value: null });
      resolve.postings.push({ id: reportRecordId(id), keys: [] }, { id: memberId(id), keys: [] });
    }
  }

  // Articles: how each was dated, its reports, and the keys it can be found by.
  for (const [id, state] of states) {
    const undated = state.tier >= 3;
    const record: ArticleRecord = {
      tier: state.tier,
      raw: state.raw,
      inferred: state.inferred,
      quotes: quoteHashes(state.x.article.text),
      reports: state.x.events.map((e) => e.id),
      ...(undated ? { rawEvents: state.rawX?.events ?? [], titled: (state.rawX?.mentions.entities ?? []).filter((m) => m.kind === 'PERSON' && m.title) } : {}),
    };
    resolve.records.push({ id: articleRecordId(id), value: record });
    const probes = undated ? [...new Set((record.rawEvents ?? []).flatMap((e) => reportKeys(e, { dating: true })))].map((k) => `P:${k}`) : [];
    resolve.postings.push({ id, keys: [...record.quotes.map((q) => `Q:${q}`), ...probes] });
  }
  return { events: written, removeEvents, resolve };
}
