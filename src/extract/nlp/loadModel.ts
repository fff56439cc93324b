// The trained models shipped in data/models/ (ner.bin, pos.bin, chunk.bin; written by
// `npm run train:ner`, `train:pos`, `train:chunk`), each read once per process on first use.
// Example: loadModel('ner').tag(features) -> ['B-PER', 'L-PER', 'O']
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeModel } from './decodeModel.js';
import { SequenceModel } from './sequenceModel.js';

export type ModelName = 'ner' | 'pos' | 'chunk';

const cache = new Map<ModelName, SequenceModel>();

export function loadModel(name: ModelName): SequenceModel {
  const cached = cache.get(name);
  if (cached) return cached;
  const path = fileURLToPath(new URL(`../../../data/models/${name}.bin`, import.meta.url));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(`tagger model ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? e}); run \`npm run train:${name}\` to write it`);
  }
  const model = new SequenceModel(decodeModel(bytes, path));
  cache.set(name, model);
  return model;
}
