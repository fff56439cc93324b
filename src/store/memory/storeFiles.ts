// The memory store on disk: a snapshot (dataDir/graph.json, graphology's serialized form, with
// resolve's tables and the number of the last journal entry it holds as graph attributes) and a
// journal of the changes written since (journalFile.ts). A write appends one journal line; when the
// journal has grown as large as the snapshot, the snapshot is written anew and the journal emptied,
// so writing costs what the changes weigh (each byte is rewritten a bounded number of times), not
// what the graph weighs. Opening reads the snapshot and replays the journal entries it does not hold.
//
//   const files = await StoreFiles.open('.newsgraph');   // files.snapshot, files.journal: what to load
//   await files.append(change);                          // durable once this resolves
//   await files.compactIfDue(() => exportedGraph);
import { stat, truncate } from 'node:fs/promises';
import type { SerializedGraph } from 'graphology-types';
import type { GraphChange } from '../graphStore.js';
import { appendJournal, clearJournal, readJournal } from './journalFile.js';
import { readSnapshot, writeSnapshot } from './snapshotFile.js';
import { snapshotPaths, type SnapshotPaths } from './snapshotPaths.js';

/** When a new snapshot is written: once the journal holds `ratio` times the snapshot's bytes, and at least `minBytes`. */
export interface Compaction {
  ratio: number;
  minBytes: number;
}

/** The journal grows to the snapshot's size (so each byte is rewritten a bounded number of times), and at least to 1 MiB. */
export const DEFAULT_COMPACTION: Readonly<Compaction> = { ratio: 1, minBytes: 1 << 20 };

export class StoreFiles {
  readonly paths: SnapshotPaths;
  /** The snapshot read at open (null: none), and the journal's changes it does not hold, in order. */
  readonly snapshot: SerializedGraph | null;
  readonly journal: GraphChange[];
  private seq: number;
  private journalBytes: number;
  private snapshotBytes: number;

  private readonly compaction: Compaction;

  private constructor(paths: SnapshotPaths, snapshot: SerializedGraph | null, journal: GraphChange[], seq: number, journalBytes: number, snapshotBytes: number, compaction: Compaction) {
    this.compaction = compaction;
    this.paths = paths;
    this.snapshot = snapshot;
    this.journal = journal;
    this.seq = seq;
    this.journalBytes = journalBytes;
    this.snapshotBytes = snapshotBytes;
  }

  static async open(dataDir: string, compaction: Compaction = DEFAULT_COMPACTION): Promise<StoreFiles> {
    const paths = snapshotPaths(dataDir);
    const snapshot = await readSnapshot(paths.file);
    const held = Number(snapshot?.attributes?.journalSeq ?? 0);
    const { entries, bytes } = await readJournal(paths.journal);
    // A line a crash cut short is no write: cut it off, so the next entry starts on a line of its own.
    if (entries.length > 0 || bytes > 0) await truncate(paths.journal, bytes).catch(() => undefined);
    const pending = entries.filter((e) => e.seq > held);
    const seq = Math.max(held, ...entries.map((e) => e.seq));
    const snapshotBytes = snapshot ? (await stat(paths.file)).size : 0;
    return new StoreFiles(paths, snapshot, pending.map((e) => e.change), seq, bytes, snapshotBytes, compaction);
  }

  private lastBytes = 0;

  /** Makes the change durable (journal line, fsynced); on failure nothing was written. */
  async append(change: GraphChange): Promise<void> {
    this.lastBytes = this.journalBytes;
    this.journalBytes = await appendJournal(this.paths.journal, { seq: this.seq + 1, change }, this.journalBytes);
    this.seq++;
  }

  /** Takes the last appended change out of the journal again (it could not be applied). */
  async discardLast(): Promise<void> {
    await truncate(this.paths.journal, this.lastBytes);
    this.journalBytes = this.lastBytes;
    this.seq--;
  }

  /**
   * Writes a new snapshot when there is none yet or the journal has outgrown it, then empties the
   * journal. `exported` gives the graph as it stands after every appended change. A failure leaves
   * the journal (which holds every change) as it was and is rethrown.
   */
  async compactIfDue(exported: () => SerializedGraph): Promise<void> {
    const due = this.snapshotBytes === 0 || this.journalBytes >= Math.max(this.snapshotBytes * this.compaction.ratio, this.compaction.minBytes);
    if (!due) return;
    const data = exported();
    data.attributes = { ...data.attributes, journalSeq: this.seq };
    this.snapshotBytes = await writeSnapshot(this.paths, data);
    await clearJournal(this.paths.journal);
    this.journalBytes = 0;
  }
}
