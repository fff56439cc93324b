// Incremental event clustering, exact: the clusters after adding (and removing) reports are those
// clusterEvents' greedy would make of all reports at once, whatever order they arrived in. The
// greedy takes reports in one global order (reportOrder.ts) and puts each into the first cluster,
// in order of creation, whose merged view of its earlier members is sameEvent with it, or starts a
// new one. So a report's place depends only on reports before it, and a change can only move
// reports after it: the replay re-decides, in that order, the new reports, the later members of
// every cluster that changed, and the reports a changed cluster can now take (found through the
// keys of clusterKeys.ts, checked with sameEvent). Everything else stays where it is, unread.
//
// The replay is synchronous over a ReplaySource; a value the source has not loaded yet is noted
// in `wants` and the pass is abandoned (null): the caller loads what is wanted and runs it again.
//
//   const result = replayClusters(source, [newReport], [], wants);  // null: load `wants`, then again
//   result.clusters  // Map { 'event:summit-1a2b' => [members in order], 'new:<report id>' => [...] }
import type { EventFact } from '../model/index.js';
import { clusterKeys, reportKeys } from './clusterKeys.js';
import { mergeEvents } from './mergeEvents.js';
import { compareReports } from './reportOrder.js';
import { sameEvent } from './sameEvent.js';

export interface Report {
  /** The report as its article's extraction made it (sources: its article). */
  fact: EventFact;
  /** Its article's publication day (the latest day of publishedAt), '' when undated. */
  published: string;
}

/** What the replay reads of the stored clustering; undefined: not loaded yet. */
export interface ReplaySource {
  /** Ids of the stored clusters filed under any of the keys (clusterKeys). */
  clustersUnder(keys: readonly string[]): readonly string[] | undefined;
  /** Every member of a stored cluster. */
  membersOf(cluster: string): readonly Report[] | undefined;
  /** Ids of stored reports whose own keys (reportKeys) include any of these. */
  reportsUnder(keys: readonly string[]): readonly string[] | undefined;
  /** A stored report and its cluster (null: the report is in none of this clustering). */
  reportAt(id: string): { report: Report; cluster: string | null } | undefined;
}

export interface Wants {
  keys: Set<string>;
  clusters: Set<string>;
  reportKeys: Set<string>;
  reports: Set<string>;
}

export interface ReplayResult {
  /** Every cluster whose members changed, with its members in clustering order (empty: it is gone). New clusters are "new:<first report id>". */
  clusters: Map<string, Report[]>;
  /** The cluster every added or moved report ended in. */
  placed: Map<string, string>;
}

export function emptyWants(): Wants {
  return { keys: new Set(), clusters: new Set(), reportKeys: new Set(), reports: new Set() };
}

const before = (a: Report, b: Report): boolean => compareReports(a.fact, b.fact) < 0;

/**
 * Adds `added` and removes the stored reports `removed` (a report both removed and added is
 * replaced: the stored version goes, the given one comes).
 */
export function replayClusters(source: ReplaySource, added: readonly Report[], removed: readonly string[], wants: Wants): ReplayResult | null {
  const gone = new Set(removed);
  const coming = new Set(added.map((r) => r.fact.id));
  const members = new Map<string, Report[]>();
  const where = new Map<string, string>();
  const versions = new Map<string, number>();
  const merged = new Map<string, EventFact>();
  const done = new Set<string>();
  const queue = new ReportHeap();
  /** The keys of every cluster this replay changed or made, as they stand now. */
  const local = new Map<string, string[]>();
  let missing = false;

  const load = (cluster: string): Report[] | undefined => {
    const had = members.get(cluster);
    if (had) return had;
    if (cluster.startsWith('new:')) return undefined;
    const stored = source.membersOf(cluster);
    if (!stored) {
      wants.clusters.add(cluster);
      missing = true;
      return undefined;
    }
    const list = stored.filter((m) => !gone.has(m.fact.id)).sort((a, b) => compareReports(a.fact, b.fact));
    members.set(cluster, list);
    for (const m of list) where.set(m.fact.id, cluster);
    return list;
  };
  /** The merged view of a cluster's members before r (memoised per version and length). */
  const stateBefore = (cluster: string, list: Report[], r: Report): EventFact | null => {
    let n = 0;
    while (n < list.length && before(list[n] as Report, r)) n++;
    if (n === 0) return null;
    const key = `${cluster}\u0000${versions.get(cluster) ?? 0}\u0000${n}`;
    let state = merged.get(key);
    if (!state) {
      const prefix = list.slice(0, n);
      state = mergeEvents(prefix.map((m) => m.fact), publishedOf(prefix));
      merged.set(key, state);
    }
    return state;
  };
  const enqueue = (r: Report): void => {
    if (!done.has(r.fact.id) && (!gone.has(r.fact.id) || coming.has(r.fact.id))) queue.push(r);
  };
  /** A cluster gained or lost r: its later members, and reports it may now take, are weighed again. */
  const changed = (cluster: string, r: Report): void => {
    versions.set(cluster, (versions.get(cluster) ?? 0) + 1);
    const list = members.get(cluster) ?? [];
    for (const m of list) if (before(r, m)) enqueue(m);
    local.set(cluster, []);
    if (list.length === 0) return;
    const keys = clusterKeys(list.map((m) => m.fact), (list[0] as Report).fact);
    local.set(cluster, keys);
    const ids = source.reportsUnder(keys);
    if (!ids) {
      for (const k of keys) wants.reportKeys.add(k);
      missing = true;
      return;
    }
    for (const id of ids) {
      if (done.has(id) || gone.has(id) || coming.has(id) || where.get(id) === cluster) continue;
      const at = source.reportAt(id);
      if (!at) {
        wants.reports.add(id);
        missing = true;
        continue;
      }
      if (at.cluster === null || !before(r, at.report)) continue;
      const state = stateBefore(cluster, list, at.report);
      if (state && sameEvent(state, at.report.fact) && load(at.cluster)) enqueue(at.report);
    }
  };

  for (const id of removed) {
    const at = source.reportAt(id);
    if (!at) {
      wants.reports.add(id);
      missing = true;
    } else if (at.cluster !== null && load(at.cluster)) {
      changed(at.cluster, at.report);
    }
  }
  for (const r of added) enqueue(r);
  const initial = new Map<string, string | undefined>();

  for (let r = queue.pop(); r; r = queue.pop()) {
    if (done.has(r.fact.id)) continue;
    done.add(r.fact.id);
    const keys = reportKeys(r.fact);
    const ids = source.clustersUnder(keys);
    if (!ids) {
      for (const k of keys) wants.keys.add(k);
      missing = true;
      continue;
    }
    // Candidates: stored clusters under its keys, and the clusters this replay changed or made under them now.
    const mine = new Set(keys);
    const candidates = new Set(ids);
    for (const [c, ks] of local) if (ks.some((k) => mine.has(k))) candidates.add(c);
    const firsts: [string, Report[]][] = [];
    for (const c of candidates) {
      const list = load(c) ?? members.get(c);
      if (list && list.length > 0 && before(list[0] as Report, r)) firsts.push([c, list]);
    }
    firsts.sort((a, b) => compareReports((a[1][0] as Report).fact, (b[1][0] as Report).fact));
    let home: string | undefined;
    for (const [c, list] of firsts) {
      const state = stateBefore(c, list, r);
      if (state && sameEvent(state, r.fact)) {
        home = c;
        break;
      }
    }
    const current = where.get(r.fact.id);
    if (!initial.has(r.fact.id)) initial.set(r.fact.id, current);
    if (home === undefined) {
      // First of its own cluster: the one it is in when nothing comes before it there, else a new one.
      const list = current === undefined ? undefined : members.get(current);
      home = list && list.every((m) => m.fact.id === r.fact.id || before(r, m)) ? (current as string) : `new:${r.fact.id}`;
    }
    if (home === current) continue;
    if (current !== undefined) {
      members.set(current, (members.get(current) ?? []).filter((m) => m.fact.id !== r.fact.id));
      changed(current, r);
    }
    const list = members.get(home) ?? [];
    list.splice(insertAt(list, r), 0, r);
    members.set(home, list);
    where.set(r.fact.id, home);
    changed(home, r);
  }
  if (missing) return null;

  const clusters = new Map<string, Report[]>();
  for (const c of versions.keys()) clusters.set(c, members.get(c) ?? []);
  const placed = new Map<string, string>();
  for (const [id, was] of initial) {
    const now = where.get(id) as string;
    if (now !== was) placed.set(id, now);
  }
  return { clusters, placed };
}

/** Article id -> publication day, for mergeEvents. */
export function publishedOf(reports: readonly Report[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of reports) for (const s of r.fact.sources) out.set(s, r.published);
  return out;
}

function insertAt(list: readonly Report[], r: Report): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid] as Report, r)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A binary min-heap of reports in clustering order. */
class ReportHeap {
  private readonly items: Report[] = [];

  push(r: Report): void {
    const items = this.items;
    items.push(r);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as Report, items[parent] as Report)) break;
      [items[i], items[parent]] = [items[parent] as Report, items[i] as Report];
      i = parent;
    }
  }

  pop(): Report | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l] as Report, items[m] as Report)) m = l;
        if (r < items.length && before(items[r] as Report, items[m] as Report)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as Report, items[i] as Report];
        i = m;
      }
    }
    return top;
  }
}
