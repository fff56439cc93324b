// Thrown by openMemoryStore() when the snapshot file exists but cannot be read as a newsgraph graph.
export class SnapshotCorruptError extends Error {
  override readonly name = 'SnapshotCorrupt';
  readonly file: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`Corrupt graph snapshot ${file}: ${reason}. Move it away (or restore a backup) and ingest again.`, options);
    this.file = file;
  }
}
