// A stored clustering (the events, E, or the dating clusters, D: resolveBook.ts) as the
// ReplaySource replayClusters reads, over one batch's BookCache; and replayStored(), which runs a
// replay, loads what it wanted, and runs it again until nothing is missing. Each pass loads one
// more layer of what the change touches, so the number of passes (and store round trips) depends
// on the change, not on the size of the store.
//
//   const result = await replayStored(book, 'E', newReports, removedReportIds);
import { emptyWants, replayClusters, type ReplayResult, type ReplaySource, type Report } from './replayClusters.js';
import { reportRecordId, type BookCache, type ReportRecord } from './resolveBook.js';

export type Clustering = 'E' | 'D';

/** Passes after which a replay is taken to be looping (a bug), not loading. */
const MAX_PASSES = 200;

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
      const record = this.book.record<ReportRecord>(id);
      if (record === undefined) return undefined;
      if (record) out.push({ fact: record.fact, published: record.published });
    }
    return out;
  }

  reportsUnder(keys: readonly string[]): string[] | undefined {
    return this.union(keys.map((k) => `R:${k}`))?.map((id) => id.slice('report:'.length));
  }

  reportAt(id: string): { report: Report; cluster: string | null } | undefined {
    const record = this.book.record<ReportRecord>(reportRecordId(id));
    if (record === undefined) return undefined;
    if (record === null) throw new Error(`resolve bookkeeping: report ${id} is filed but has no record`);
    return { report: { fact: record.fact, published: record.published }, cluster: this.clustering === 'E' ? record.event : record.dating };
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

export async function replayStored(book: BookCache, clustering: Clustering, added: readonly Report[], removed: readonly string[]): Promise<ReplayResult> {
  const source = new StoredClusters(book, clustering);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const wants = emptyWants();
    const result = replayClusters(source, added, removed, wants);
    if (result) return result;
    const members = [...wants.clusters].map((c) => `${clustering}M:${c}`);
    await book.fetch(
      [...[...wants.keys].map((k) => `${clustering}:${k}`), ...[...wants.reportKeys].map((k) => `R:${k}`), ...members],
      [...wants.reports].map(reportRecordId),
    );
    await book.fetch([], members.flatMap((m) => book.postings(m) ?? []));
  }
  throw new Error(`resolve: the ${clustering} replay still wanted data after ${MAX_PASSES} passes`);
}
