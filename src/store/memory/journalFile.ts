// The memory store's journal: every change written since the last snapshot, one JSON line each
// ({"seq": n, "change": {...}}), appended and fsynced before the change counts as written, so a
// write costs what the change weighs, not what the graph weighs. A line cut short by a crash (the
// last one, without its newline) is not a write and is dropped when the journal is read; any other
// unreadable line is corruption (SnapshotCorruptError naming the file).
//
//   const size = await appendJournal(paths.journal, { seq: 1, change }, sizeBefore);
//   for (const entry of await readJournal(paths.journal)) apply(entry.change);
import { mkdir, open, readFile, truncate } from 'node:fs/promises';
import path from 'node:path';
import type { GraphChange } from '../graphStore.js';
import { SnapshotCorruptError } from './snapshotCorruptError.js';

export interface JournalEntry {
  seq: number;
  change: GraphChange;
}

/** The entries of the journal in order ([] when there is none); a torn last line is left out. */
export async function readJournal(file: string): Promise<{ entries: JournalEntry[]; bytes: number }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], bytes: 0 };
    throw error;
  }
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  const entries: JournalEntry[] = [];
  complete.split('\n').forEach((line, i) => {
    if (line === '') return;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch (error) {
      throw new SnapshotCorruptError(file, `line ${i + 1} is not valid JSON (${(error as Error).message})`, { cause: error });
    }
    if (typeof entry?.seq !== 'number' || typeof entry.change !== 'object' || entry.change === null) throw new SnapshotCorruptError(file, `line ${i + 1} is not a journal entry`);
    entries.push(entry);
  });
  return { entries, bytes: Buffer.byteLength(complete) };
}

/**
 * Appends one entry and fsyncs; returns the journal's new size. On failure the journal is cut back
 * to `bytesBefore` (best effort) and the error is rethrown: the entry was not written.
 */
export async function appendJournal(file: string, entry: JournalEntry, bytesBefore: number): Promise<number> {
  const line = `${JSON.stringify(entry)}\n`;
  await mkdir(path.dirname(file), { recursive: true });
  try {
    const handle = await open(file, 'a');
    try {
      await handle.writeFile(line, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await truncate(file, bytesBefore).catch(() => undefined);
    throw error;
  }
  return bytesBefore + Buffer.byteLength(line);
}

/** Empties the journal (after a snapshot that holds everything in it). */
export async function clearJournal(file: string): Promise<void> {
  await truncate(file, 0).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
