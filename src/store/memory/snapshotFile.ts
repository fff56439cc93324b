// Reading and writing the memory store's snapshot (graphology's serialized export form).
// writeSnapshot is crash-safe: the JSON goes to a temporary file in the same directory, is
// fsynced, then renamed over graph.json, so the file is always either the old or the new graph.
//
//   await writeSnapshot(snapshotPaths('.newsgraph'), graph.export());
//   const data = await readSnapshot('.newsgraph/graph.json'); // null when there is none yet
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import { SnapshotCorruptError } from './snapshotCorruptError.js';
import type { SnapshotPaths } from './snapshotPaths.js';

/** The parsed snapshot, or null when the file does not exist. Throws SnapshotCorruptError otherwise. */
export async function readSnapshot(file: string): Promise<SerializedGraph | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SnapshotCorruptError(file, `not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as SerializedGraph).nodes) || !Array.isArray((data as SerializedGraph).edges)) {
    throw new SnapshotCorruptError(file, 'not a serialized graph (expected an object with "nodes" and "edges" arrays)');
  }
  return data as SerializedGraph;
}

/** Writes data to paths.file atomically (temp file, fsync, rename, fsync of the directory); returns the bytes written. */
export async function writeSnapshot(paths: SnapshotPaths, data: SerializedGraph): Promise<number> {
  const dir = path.dirname(paths.file);
  await mkdir(dir, { recursive: true });
  const json = JSON.stringify(data);
  try {
    const handle = await open(paths.temp, 'w');
    try {
      await handle.writeFile(json, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(paths.temp, paths.file);
  } catch (error) {
    await unlink(paths.temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
  return Buffer.byteLength(json);
}

/** Makes the rename durable; some platforms cannot fsync a directory, which is not an error. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}
