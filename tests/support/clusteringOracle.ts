// Test support for the incremental clustering (src/resolve/replayClusters.ts): the greedy it must
// reproduce, written out as resolve clustered all reports at once before it was made incremental, and a stored
// clustering kept in plain maps that replays can read (a ReplaySource) and be applied to.
import type { EventFact } from '../../src/model/index.js';
import { clusterKeys, reportKeys } from '../../src/resolve/clusterKeys.js';
import { linkable, loose, pinned, theLinked } from '../../src/resolve/linkable.js';
import { mergeEvents } from '../../src/resolve/mergeEvents.js';
import { isMention, publishedOf, type ReplayResult, type ReplaySource, type Report } from '../../src/resolve/replayClusters.js';
import { richness } from '../../src/resolve/reportOrder.js';
import { sameEvent } from '../../src/resolve/sameEvent.js';

/**
 * The greedy of all reports at once: richest first, then by id; each joins the first cluster whose
 * merged view is sameEvent with it (given its article's day); with `link`, a loose report that clusters of pinned
 * merged view take joins the one theLinked picks of them, or stays a mention when it picks none; a report no cluster takes joins the one theLinked
 * picks among the clusters whose merged view is linkable to it (linkable.ts), and when it picks none
 * of several, stays a mention: a cluster of its own, "mention:<id>" in the partition, that no later
 * report is weighed against.
 */
export function greedyPartition(reports: readonly Report[], options: { link?: boolean } = {}): string[][] {
  const sorted = [...reports].sort((a, b) => richness(b.fact) - richness(a.fact) || a.fact.id.localeCompare(b.fact.id));
  const clusters: { members: Report[]; merged: EventFact }[] = [];
  const mentions: string[] = [];
  for (const r of sorted) {
    const linked = options.link ? clusters.filter((c) => linkable(c.merged, r)).map((c) => ({ c, kind: c.merged.kind, place: c.merged.place })) : [];
    // A loose report that pinned events take is linked among them: theLinked picks one, or it stays a mention.
    const takers = options.link && loose(r.fact) ? clusters.filter((c) => pinned(c.merged.when) && sameEvent(c.merged, r.fact, r.published)) : [];
    const taken = takers.length > 0 ? theLinked(takers.map((c) => ({ c, kind: c.merged.kind, place: c.merged.place })), r.fact)?.c : clusters.find((c) => sameEvent(c.merged, r.fact, r.published));
    const home = taken ?? (takers.length > 0 ? undefined : theLinked(linked, r.fact)?.c);
    if (!home && (linked.length > 1 || takers.length > 1)) {
      mentions.push(r.fact.id);
      continue;
    }
    if (!home) {
      clusters.push({ members: [r], merged: mergeEvents([r.fact], publishedOf([r])) });
      continue;
    }
    home.members.push(r);
    home.merged = mergeEvents(home.members.map((m) => m.fact), publishedOf(home.members));
  }
  return canonical([...clusters.map((c) => c.members.map((m) => m.fact.id)), ...mentions.map((id) => [`mention:${id}`])]);
}

export function canonical(partition: string[][]): string[][] {
  return partition.map((c) => [...c].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** A stored clustering in maps with the indexes a store keeps: what the store's resolve bookkeeping holds, without the store. */
export class StoredClustering implements ReplaySource {
  readonly clusters = new Map<string, Report[]>();
  private readonly clusterOf = new Map<string, string>();
  private readonly reports = new Map<string, Report>();
  private readonly byClusterKey = new Map<string, Set<string>>();
  private readonly keysOfCluster = new Map<string, string[]>();
  private readonly byReportKey = new Map<string, Set<string>>();
  private next = 0;
  /** How many values replays read (a stand-in for store reads). */
  reads = 0;

  clustersUnder(keys: readonly string[]): string[] {
    return this.under(this.byClusterKey, keys);
  }

  membersOf(cluster: string): Report[] | undefined {
    this.reads += this.clusters.get(cluster)?.length ?? 1;
    return this.clusters.get(cluster)?.map((r) => ({ ...r }));
  }

  reportsUnder(keys: readonly string[]): string[] {
    return this.under(this.byReportKey, keys);
  }

  reportAt(id: string): { report: Report; cluster: string } | undefined {
    this.reads++;
    const report = this.reports.get(id);
    return report ? { report: { ...report }, cluster: this.clusterOf.get(id)! } : undefined;
  }

  apply(result: ReplayResult, removed: readonly string[]): void {
    for (const id of removed) {
      const r = this.reports.get(id);
      if (r) for (const k of reportKeys(r.fact)) this.byReportKey.get(k)?.delete(id);
      this.reports.delete(id);
      this.clusterOf.delete(id);
    }
    for (const [id, members] of result.clusters) {
      const stored = id.startsWith('new:') ? `c${this.next++}` : id;
      for (const k of this.keysOfCluster.get(stored) ?? []) this.byClusterKey.get(k)?.delete(stored);
      this.keysOfCluster.delete(stored);
      if (members.length === 0) {
        this.clusters.delete(stored);
        continue;
      }
      this.clusters.set(stored, [...members]);
      // A report left as a mention is filed under nothing: no report is weighed against it.
      const keys = isMention(stored) ? [] : clusterKeys(members.map((m) => m.fact));
      this.keysOfCluster.set(stored, keys);
      for (const k of keys) add(this.byClusterKey, k, stored);
      for (const m of members) {
        if (!this.reports.has(m.fact.id)) for (const k of reportKeys(m.fact)) add(this.byReportKey, k, m.fact.id);
        this.reports.set(m.fact.id, m);
        this.clusterOf.set(m.fact.id, stored);
      }
    }
  }

  /** Everything is in the maps already: a load is only counted. */
  async load(): Promise<void> {
    this.loads++;
  }

  /** How many times a replay asked to load. */
  loads = 0;

  partition(): string[][] {
    return canonical([...this.clusters].map(([id, ms]) => (isMention(id) ? [`mention:${ms[0]!.fact.id}`] : ms.map((m) => m.fact.id))));
  }

  private under(index: Map<string, Set<string>>, keys: readonly string[]): string[] {
    const out = new Set<string>();
    for (const k of keys) for (const id of index.get(k) ?? []) out.add(id);
    this.reads += keys.length + out.size;
    return [...out];
  }
}

function add(index: Map<string, Set<string>>, key: string, id: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(id);
}
