// Averaged dense weights -> the sparse weights a SequenceModel holds, dropping weights whose size
// is below `prune` and features left with none (feature pruning: a smaller file, the same tags).
// Example: sparseWeights(avg, index, tags, 0.01, { epochs: 8 }) -> SequenceWeights
import type { SequenceWeights } from '../../src/extract/nlp/sequenceModel.js';
import type { Averaged } from './trainPerceptron.js';

export function sparseWeights(avg: Averaged, index: Map<string, number>, tags: string[], prune: number, meta: Record<string, unknown>): SequenceWeights {
  const T = tags.length;
  const features = new Map<string, number>();
  const rowStart: number[] = [0];
  const cols: number[] = [];
  const vals: number[] = [];
  for (const [name, id] of index) {
    const before = cols.length;
    for (let j = 0; j < T; j++) {
      const v = avg.weights[id * T + j]!;
      if (Math.abs(v) > prune) {
        cols.push(j);
        vals.push(v);
      }
    }
    if (cols.length === before) continue;
    features.set(name, features.size);
    rowStart.push(cols.length);
  }
  return { tags, features, rowStart: Uint32Array.from(rowStart), cols: Uint8Array.from(cols), vals: Float32Array.from(vals), transitions: avg.transitions, meta };
}
