// Event coreference across articles, incremental and exact: the clusters after adding (and
// removing) reports are those a greedy of all reports at once makes, whatever order they arrived
// in. The greedy takes reports in one global order (reportOrder.ts: richest first) and puts each
// into the first cluster, in order of creation, whose merged view of its earlier members is
// sameEvent with it (so a cluster's date, place and ordinal constrain every later member: no
// chaining of "Hanoi" to "February" to "April 27"; with linking, a loose report that several pinned
// clusters take is linked among them instead, takenBy), or starts a new one; each cluster merges into
// one event (mergeEvents). So a report's place depends only on reports before it, and a change can only move
// reports after it: the replay re-decides, in that order, the new reports, the later members of
// every cluster that changed, and the reports a changed cluster can now take (found through the
// keys of clusterKeys.ts, checked with sameEvent). Everything else stays where it is, unread.
//
// The source answers synchronously from what it has loaded (undefined: not loaded); when the
// replay lacks something it asks the source to load it, with what the queued reports will need
// next, in one go, and carries on where it stopped.
//
//   const result = await replayClusters(source, [newReport], []);
//   result.clusters  // Map { 'event:summit-1a2b' => [members in order], 'new:<report id>' => [...] }
import type { EventFact } from '../model/index.js';
import { clusterKeys, reportKeys } from './clusterKeys.js';
import { MergedView } from './mergedView.js';
import { compareReports } from './reportOrder.js';
import { ReportHeap } from './reportHeap.js';
import { sameEvent } from './sameEvent.js';
import { overlaps } from '../extract/events/compatible.js';
import { linkable, loose, pinned, theLinked } from './linkable.js';

export interface Report {
  /** The report as its article's extraction made it (sources: its article). */
  fact: EventFact;
  /** Its article's publication day (the latest day of publishedAt), '' when undated. */
  published: string;
}

/** What the replay reads of the stored clustering; undefined: not loaded yet (load() it). */
export interface ReplaySource {
  /** Ids of the stored clusters filed under any of the keys (clusterKeys). */
  clustersUnder(keys: readonly string[]): readonly string[] | undefined;
  /** Every member of a stored cluster. */
  membersOf(cluster: string): readonly Report[] | undefined;
  /** Ids of stored reports whose own keys (reportKeys) include any of these. */
  reportsUnder(keys: readonly string[]): readonly string[] | undefined;
  /** A stored report and its cluster (null: the report is in none of this clustering). */
  reportAt(id: string): { report: Report; cluster: string | null } | undefined;
  /** Loads what is wanted (and may load more), so that the getters answer for it. */
  load(wants: Wants): Promise<void>;
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

export interface ReplayOptions {
  /**
   * A loose report that no cluster takes joins the one cluster whose view before it is linkable
   * to it (linkable.ts), or of several the one theLinked picks; if several are linkable and none
   * is picked it stays a mention: it goes alone into the cluster "mention:<its id>", which is no
   * event (bookChange.ts) and which no report is ever weighed against.
   * (The events: yes; the dating clusters: no, a date is never read off a loose report.)
   */
  link?: boolean;
}

const MENTION = 'mention:';

/** Whether a cluster is a report left as a mention (ReplayOptions.link). */
export function isMention(cluster: string): boolean {
  return cluster.startsWith(MENTION);
}

export function emptyWants(): Wants {
  return { keys: new Set(), clusters: new Set(), reportKeys: new Set(), reports: new Set() };
}

const before = (a: Report, b: Report): boolean => compareReports(a.fact, b.fact) < 0;

const keysCache = new WeakMap<EventFact, string[]>();
/** reportKeys, once per report. */
function keysOf(fact: EventFact): string[] {
  let keys = keysCache.get(fact);
  if (!keys) keysCache.set(fact, (keys = reportKeys(fact)));
  return keys;
}

/**
 * Adds `added` and removes the stored reports `removed` (a report both removed and added is
 * replaced: the stored version goes, the given one comes).
 */
export async function replayClusters(source: ReplaySource, added: readonly Report[], removed: readonly string[], options: ReplayOptions = {}): Promise<ReplayResult> {
  const gone = new Set(removed);
  const coming = new Set(added.map((r) => r.fact.id));
  const members = new Map<string, Report[]>();
  const where = new Map<string, string>();
  const versions = new Map<string, number>();
  const views = new Map<string, Map<number, MergedView>>();
  const answers = new WeakMap<EventFact, Map<string, boolean>>();
  const done = new Set<string>();
  const queue = new ReportHeap();
  /** The keys of every cluster this replay changed or made, as they stand now, and those clusters by key. */
  const local = new Map<string, string[]>();
  const localIndex = new Map<string, Set<string>>();
  const initial = new Map<string, string | undefined>();

  /**
   * Loads `wants`; for a decision, with what every queued report will need for its own (keys,
   * candidate clusters) and, once those are in, for the scans its decision will start (the reports
   * under the keys of each candidate with it, and of it alone): store round trips, not the data, are what costs.
   */
  const fetch = async (wants: Wants, forQueue = false): Promise<void> => {
    const queued = forQueue ? queue.items().filter((q) => !done.has(q.fact.id)) : [];
    for (const q of queued) {
      const keys = keysOf(q.fact);
      const ids = source.clustersUnder(keys);
      if (!ids) for (const k of keys) wants.keys.add(k);
      else for (const c of ids) if (!members.has(c) && !source.membersOf(c)) wants.clusters.add(c);
    }
    await source.load(wants);
    const scans = emptyWants();
    for (const q of queued) {
      const lists = (source.clustersUnder(keysOf(q.fact)) ?? []).map((c) => members.get(c) ?? source.membersOf(c) ?? []);
      for (const list of [[], ...lists]) for (const k of clusterKeys([...list.map((m) => m.fact), q.fact])) if (!source.reportsUnder([k])) scans.reportKeys.add(k);
    }
    if (scans.reportKeys.size > 0) await source.load(scans);
  };
  /** A cluster's members (loaded into the replay's working copy on first use). */
  const load = (cluster: string): Report[] | undefined => {
    const had = members.get(cluster);
    if (had || cluster.startsWith('new:')) return had;
    const stored = source.membersOf(cluster);
    if (!stored) return undefined;
    const list = stored.filter((m) => !gone.has(m.fact.id)).sort((a, b) => compareReports(a.fact, b.fact));
    members.set(cluster, list);
    for (const m of list) where.set(m.fact.id, cluster);
    return list;
  };
  const loadAll = async (clusters: Iterable<string>): Promise<void> => {
    const wanted = [...clusters].filter((c) => load(c) === undefined && !c.startsWith('new:'));
    if (wanted.length === 0) return;
    await fetch({ ...emptyWants(), clusters: new Set(wanted) });
    for (const c of wanted) if (!load(c)) throw new Error(`resolve: cluster ${c} could not be loaded`);
  };
  /**
   * The merged view of a cluster's members before r, kept per cluster, version and prefix length
   * (a report is mostly weighed after all of a cluster's members: the whole cluster's view is one add per member).
   */
  const stateBefore = (cluster: string, list: Report[], r: Report): EventFact | null => {
    const n = insertAt(list, r);
    if (n === 0) return null;
    const key = `${cluster}\u0000${versions.get(cluster) ?? 0}`;
    let prefixes = views.get(key);
    if (!prefixes) views.set(key, (prefixes = new Map()));
    let view = prefixes.get(n);
    if (!view) {
      view = new MergedView();
      for (let i = 0; i < n; i++) view.add((list[i] as Report).fact, (list[i] as Report).published);
      prefixes.set(n, view);
    }
    return view.event();
  };
  const same = (state: EventFact, r: Report): boolean => {
    let known = answers.get(state);
    if (!known) answers.set(state, (known = new Map()));
    let answer = known.get(r.fact.id);
    if (answer === undefined) known.set(r.fact.id, (answer = sameEvent(state, r.fact, r.published)));
    return answer;
  };
  const enqueue = (r: Report): void => {
    if (!done.has(r.fact.id) && (!gone.has(r.fact.id) || coming.has(r.fact.id))) queue.push(r);
  };
  /** A cluster gained or lost r: its later members, and reports it may now take, are weighed again. */
  const changed = async (cluster: string, r: Report): Promise<void> => {
    versions.set(cluster, (versions.get(cluster) ?? 0) + 1);
    const list = members.get(cluster) ?? [];
    for (const m of list) if (before(r, m)) enqueue(m);
    const mention = isMention(cluster);
    const previous = !options.link || mention ? [] : (local.get(cluster) ?? (cluster.startsWith('new:') ? [] : clusterKeys((source.membersOf(cluster) ?? []).map((m) => m.fact))));
    for (const k of local.get(cluster) ?? []) localIndex.get(k)?.delete(cluster);
    const keys = list.length === 0 || mention ? [] : clusterKeys(list.map((m) => m.fact));
    local.set(cluster, keys);
    for (const k of keys) {
      let set = localIndex.get(k);
      if (!set) localIndex.set(k, (set = new Set()));
      set.add(cluster);
    }
    // Linking weighs every linkable cluster at once: a loose report any of them could take, before or now, is weighed again.
    const linkKeys = new Set(options.link ? [...previous, ...keys].filter((k) => k.includes('|link|')) : []);
    const scan = [...new Set([...keys, ...linkKeys])];
    if (scan.length === 0) return;
    let ids = source.reportsUnder(scan);
    if (!ids) {
      await fetch({ ...emptyWants(), reportKeys: new Set(scan) });
      ids = source.reportsUnder(scan) as readonly string[];
    }
    const outsiders = ids.filter((id) => !done.has(id) && !gone.has(id) && !coming.has(id) && where.get(id) !== cluster);
    const unread = outsiders.filter((id) => !source.reportAt(id));
    if (unread.length > 0) await fetch({ ...emptyWants(), reports: new Set(unread) });
    const taken: { report: Report; cluster: string }[] = [];
    for (const id of outsiders) {
      const at = source.reportAt(id);
      if (!at) throw new Error(`resolve: report ${id} could not be loaded`);
      if (at.cluster === null || !before(r, at.report)) continue;
      if (linkKeys.size > 0 && keysOf(at.report.fact).some((k) => linkKeys.has(k))) {
        taken.push({ report: at.report, cluster: at.cluster });
        continue;
      }
      if (list.length === 0) continue;
      const state = stateBefore(cluster, list, at.report);
      // compatible (and so sameEvent) needs overlapping dates: most reports filed under a place or a principal differ there.
      if (state && overlaps(state.when, at.report.fact.when) && same(state, at.report)) taken.push({ report: at.report, cluster: at.cluster });
    }
    await loadAll(taken.map((t) => t.cluster));
    for (const t of taken) enqueue(t.report);
  };

  const unread = removed.filter((id) => !source.reportAt(id));
  if (unread.length > 0) await fetch({ ...emptyWants(), reports: new Set(unread) });
  for (const id of removed) {
    const at = source.reportAt(id);
    if (!at) throw new Error(`resolve: removed report ${id} is not stored`);
    if (at.cluster === null) continue;
    await loadAll([at.cluster]);
    await changed(at.cluster, at.report);
  }
  for (const r of added) enqueue(r);

  for (let r = queue.pop(); r; r = queue.pop()) {
    if (done.has(r.fact.id)) continue;
    let ids = source.clustersUnder(keysOf(r.fact));
    if (!ids) {
      queue.push(r);
      await fetch(emptyWants(), true);
      r = queue.pop() as Report;
      ids = source.clustersUnder(keysOf(r.fact)) as readonly string[];
    }
    done.add(r.fact.id);
    // Candidates: stored clusters under its keys, and the clusters this replay changed or made under them now.
    const candidates = new Set(ids);
    for (const k of keysOf(r.fact)) for (const c of localIndex.get(k) ?? []) candidates.add(c);
    await loadAll(candidates);
    const firsts: [string, Report[]][] = [];
    for (const c of candidates) {
      const list = members.get(c);
      if (list && list.length > 0 && before(list[0] as Report, r) && !isMention(c)) firsts.push([c, list]);
    }
    firsts.sort((a, b) => compareReports((a[1][0] as Report).fact, (b[1][0] as Report).fact));
    let home = takenBy(firsts, r);
    if (home === undefined && options.link) home = linkedHome(firsts, r);
    const current = where.get(r.fact.id);
    if (!initial.has(r.fact.id)) initial.set(r.fact.id, current);
    if (home === undefined) {
      // First of its own cluster: the one it is in when nothing comes before it there, else a new one.
      const list = current === undefined ? undefined : members.get(current);
      home = list && !isMention(current as string) && list.every((m) => m.fact.id === r!.fact.id || before(r!, m)) ? (current as string) : `new:${r.fact.id}`;
    }
    if (home === current) continue;
    if (current !== undefined) {
      members.set(current, (members.get(current) ?? []).filter((m) => m.fact.id !== r!.fact.id));
      await changed(current, r);
    }
    const list = members.get(home) ?? [];
    list.splice(insertAt(list, r), 0, r);
    members.set(home, list);
    where.set(r.fact.id, home);
    await changed(home, r);
  }

  /**
   * The first cluster that takes r (sameEvent). With linking, a loose report that pinned events take
   * only by what it shares with each (parties, a place) is linked like any loose report: several
   * taking it are a choice theLinked makes, and when it picks none the report stays a mention ("the
   * U.S. imposed sanctions on Russia" in an undated page is no more the sanctions of 2014 than
   * those of 2021); one taking it takes it.
   */
  function takenBy(firsts: [string, Report[]][], r: Report): string | undefined {
    const pinnedTakers: { cluster: string; kind: EventFact['kind']; place: string | null }[] = [];
    for (const [c, list] of firsts) {
      const state = stateBefore(c, list, r);
      if (!state || !same(state, r)) continue;
      if (!options.link || !loose(r.fact) || !pinned(state.when)) {
        if (pinnedTakers.length === 0) return c;
        break;
      }
      pinnedTakers.push({ cluster: c, kind: state.kind, place: state.place });
    }
    if (pinnedTakers.length === 0) return undefined;
    return theLinked(pinnedTakers, r.fact)?.cluster ?? `${MENTION}${r.fact.id}`;
  }

  /** The cluster a loose report is linked to (theLinked of those linkable to it), its mention cluster when several are linkable and none is picked, else none. */
  function linkedHome(firsts: [string, Report[]][], r: Report): string | undefined {
    const linked: { cluster: string; kind: EventFact['kind']; place: string | null }[] = [];
    for (const [c, list] of firsts) {
      const state = stateBefore(c, list, r);
      if (state && linkable(state, r)) linked.push({ cluster: c, kind: state.kind, place: state.place });
    }
    return theLinked(linked, r.fact)?.cluster ?? (linked.length > 1 ? `${MENTION}${r.fact.id}` : undefined);
  }

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
