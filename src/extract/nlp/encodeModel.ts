// Writes a sequence model as one compact binary file: a JSON header (tags, sizes, training
// metadata), the feature strings, then per feature its non-zero weights as (tag byte, int16)
// pairs quantised against the largest weight, and the transition weights as float32; the whole
// deflated. Equal weights give equal bytes (no timestamps), so a rerun of training can be compared
// byte for byte. decodeModel reads it back.
// Example: writeFileSync('data/models/ner.bin', encodeModel(weights))
import { deflateSync } from 'node:zlib';
import type { SequenceWeights } from './sequenceModel.js';

export const MODEL_MAGIC = 'NGSEQ1';

export function encodeModel(w: SequenceWeights): Buffer {
  const T = w.tags.length;
  if (T > 255) throw new RangeError(`a model has at most 255 tags, got ${T}`);
  let max = 0;
  for (const v of w.vals) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const names = [...w.features.keys()];
  const featureBytes = Buffer.from(names.join('\n'), 'utf8');
  const counts = new Uint8Array(names.length);
  const order = names.map((name) => w.features.get(name)!);
  const entries = order.reduce((n, row) => n + w.rowStart[row + 1]! - w.rowStart[row]!, 0);
  const cols = new Uint8Array(entries);
  const vals = new Int16Array(entries);
  let k = 0;
  order.forEach((row, i) => {
    counts[i] = w.rowStart[row + 1]! - w.rowStart[row]!;
    for (let e = w.rowStart[row]!; e < w.rowStart[row + 1]!; e++, k++) {
      cols[k] = w.cols[e]!;
      vals[k] = Math.round(w.vals[e]! / scale);
    }
  });
  const header = Buffer.from(JSON.stringify({ tags: w.tags, features: names.length, entries, scale, featureBytes: featureBytes.length, meta: w.meta }), 'utf8');
  const sizes = Buffer.alloc(4);
  sizes.writeUInt32LE(header.length);
  const body = Buffer.concat([
    Buffer.from(MODEL_MAGIC, 'latin1'),
    sizes,
    header,
    featureBytes,
    Buffer.from(counts.buffer),
    Buffer.from(cols.buffer),
    Buffer.from(vals.buffer),
    Buffer.from(new Float32Array(w.transitions).buffer),
  ]);
  return deflateSync(body, { level: 9 });
}
