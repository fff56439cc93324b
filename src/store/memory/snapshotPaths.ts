// Where the memory store keeps its data: dataDir/graph.json (the snapshot), written through a
// temporary file in the same directory (same file system, so the final rename is atomic), and
// dataDir/graph.journal (the changes written since the snapshot, one JSON line each).
import path from 'node:path';

export interface SnapshotPaths {
  file: string;
  temp: string;
  journal: string;
}

export function snapshotPaths(dataDir: string): SnapshotPaths {
  const file = path.join(dataDir, 'graph.json');
  return { file, temp: `${file}.${process.pid}.tmp`, journal: path.join(dataDir, 'graph.journal') };
}
