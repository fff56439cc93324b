// Where the memory store keeps its snapshot: dataDir/graph.json, written through a temporary
// file in the same directory (same file system, so the final rename is atomic).
import path from 'node:path';

export interface SnapshotPaths {
  file: string;
  temp: string;
}

export function snapshotPaths(dataDir: string): SnapshotPaths {
  const file = path.join(dataDir, 'graph.json');
  return { file, temp: `${file}.${process.pid}.tmp` };
}
