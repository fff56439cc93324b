// Reads a model file written by encodeModel back into weights (inflate, header, feature strings,
// sparse int16 weights scaled back to floats). A file that is not a model is a clear error.
// Example: new SequenceModel(decodeModel(readFileSync('data/models/ner.bin'), 'data/models/ner.bin'))
import { inflateSync } from 'node:zlib';
import { MODEL_MAGIC } from './encodeModel.js';
import type { SequenceWeights } from './sequenceModel.js';

export function decodeModel(file: Buffer, name: string): SequenceWeights {
  let body: Buffer;
  try {
    body = inflateSync(file);
  } catch {
    throw new Error(`${name}: not a newsgraph tagger model (not deflated data)`);
  }
  if (body.toString('latin1', 0, MODEL_MAGIC.length) !== MODEL_MAGIC) throw new Error(`${name}: not a newsgraph tagger model (no ${MODEL_MAGIC} header)`);
  let at = MODEL_MAGIC.length;
  const headerLength = body.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(body.toString('utf8', at, at + headerLength)) as {
    tags: string[];
    features: number;
    entries: number;
    scale: number;
    featureBytes: number;
    meta: Record<string, unknown>;
  };
  at += headerLength;
  const names = body.toString('utf8', at, at + header.featureBytes).split('\n');
  at += header.featureBytes;
  if (names.length !== header.features) throw new Error(`${name}: ${names.length} feature names for ${header.features} features`);
  const copy = (bytes: number) => {
    const out = new Uint8Array(bytes);
    out.set(body.subarray(at, at + bytes));
    at += bytes;
    return out.buffer;
  };
  const counts = new Uint8Array(copy(header.features));
  const cols = new Uint8Array(copy(header.entries));
  const quantised = new Int16Array(copy(header.entries * 2));
  const T = header.tags.length;
  const transitions = new Float32Array(copy((T + 1) * T * 4));
  if (at !== body.length) throw new Error(`${name}: ${body.length - at} bytes left over after the weights`);
  const rowStart = new Uint32Array(header.features + 1);
  for (let r = 0; r < header.features; r++) rowStart[r + 1] = rowStart[r]! + counts[r]!;
  const vals = new Float32Array(header.entries);
  for (let k = 0; k < vals.length; k++) vals[k] = quantised[k]! * header.scale;
  const features = new Map<string, number>();
  names.forEach((f, r) => features.set(f, r));
  return { tags: header.tags, features, rowStart, cols, vals, transitions, meta: header.meta };
}
