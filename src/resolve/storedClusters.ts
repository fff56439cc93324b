// A stored clustering (the events, E, or the dating clusters, D: resolveBook.ts) as the
// ReplaySource replayClusters reads, over one batch's BookCache, and replayStored() which replays a
// batch's reports on it. Each load fetches one more layer of what the change touches (a few store
// round trips per layer), so their number depends on the change, not on the size of the store.
//
//   const result = await replayStored(book, 'E', newReports, removedReportIds);
import { replayClusters, type ReplayResult, type ReplaySource, type Report, type Wants } from './replayClusters.js';
import { memberRecordId, reportRecordId, type BookCache, type ReportRecord } from './resolveBook.js';

export type Clustering = 'E' | 'D';

export class StoredClusters implements ReplaySource {
  private readonly book: BookCache;
  private readonly clustering: Clustering;

  constructor(book: BookCache, clustering: Clustering) {
    this.book = book;
    this.clustering = clustering;
  }

  clustersUnder(keys: readonly string[]): string[] | undefined {
    return this.union(keys.map((k) => `${this.clustering}:${k}`));
  }

  membersOf(cluster: string): Report[] | undefined {
    const ids = this.book.postings(`${this.clustering}M:${cluster}`);
    if (!ids) return undefined;
    const out: Report[] = [];
    for (const id of ids) {
      const record = this.book.record<ReportRecord>(memberRecordId(id));
      if (record === undefined) return undefined;
      if (record) out.push(this.report(record));
    }
    return out;
  }

  /** One Report object per stored record (the replay caches what it computes per report object). */
  private report(record: ReportRecord): Report {
    let report = this.reports.get(record);
    if (!report) this.reports.set(record, (report = { fact: record.fact, published: record.published }));
    return report;
  }

  private readonly reports = new WeakMap<ReportRecord, Report>();

  reportsUnder(keys: readonly string[]): string[] | undefined {
    return this.union(keys.map((k) => `R:${k}`))?.map((id) => id.slice('report:'.length));
  }

  reportAt(id: string): { report: Report; cluster: string | null } | undefined {
    const record = this.book.record<ReportRecord>(reportRecordId(id));
    if (record === undefined) return undefined;
    if (record === null) throw new Error(`resolve bookkeeping: report ${id} is filed but has no record`);
    return { report: this.report(record), cluster: this.clustering === 'E' ? record.event : record.dating };
  }

  /** Loads what is wanted and what the replay will ask for right after: the members of the clusters under the keys, the reports under the report keys. */
  async load(wants: Wants): Promise<void> {
    const c = this.clustering;
    const keys = [...wants.keys].map((k) => `${c}:${k}`);
    const reportKeys = [...wants.reportKeys].map((k) => `R:${k}`);
    await this.book.fetch([...keys, ...reportKeys, ...[...wants.clusters].map((id) => `${c}M:${id}`)], [...wants.reports].map(reportRecordId));
    const members = [...new Set([...wants.clusters, ...keys.flatMap((k) => this.book.postings(k) ?? [])])].map((id) => `${c}M:${id}`);
    await this.book.fetch(members, reportKeys.flatMap((k) => this.book.postings(k) ?? []));
    await this.book.fetch([], members.flatMap((m) => this.book.postings(m) ?? []).map((id) => memberRecordId(id)));
  }

  private union(keys: readonly string[]): string[] | undefined {
    const out = new Set<string>();
    for (const key of keys) {
      const ids = this.book.postings(key);
      if (!ids) return undefined;
      for (const id of ids) out.add(id);
    }
    return [...out];
  }
}

export function replayStored(book: BookCache, clustering: Clustering, added: readonly Report[], removed: readonly string[]): Promise<ReplayResult> {
  return replayClusters(new StoredClusters(book, clustering), added, removed, { link: clustering === 'E' });
}
