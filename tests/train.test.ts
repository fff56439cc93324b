// The training script (scripts/train) on a slice of CoNLL-2003 (../shared/data, see
// ../shared/data/README.md): it runs in seconds, writes a model the tagger loads, and a rerun with
// the same options writes the same bytes.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../src/extract/nlp/decodeModel.js';
import { SequenceModel } from '../src/extract/nlp/sequenceModel.js';
import { trainTagger, type TrainTaggerOptions } from '../scripts/train/trainTagger.js';

const DATA = '../shared/data';
const slice = (task: TrainTaggerOptions['task']): TrainTaggerOptions => ({
  task,
  train: `${DATA}/conll2003-train/eng.train`,
  dev: `${DATA}/conll2003-testa/eng.testa`,
  epochs: 2,
  minCount: 1,
  seed: 7,
  docs: 25,
  devDocs: 8,
});

describe('training a tagger', () => {
  it('finds the CoNLL-2003 files it trains on', () => {
    expect(existsSync(slice('ner').train), `${slice('ner').train} is missing: the training data lives in ../shared/data`).toBe(true);
  });

  it('trains the entity tagger on a slice, twice, to the same bytes, and the model tags', () => {
    const first = trainTagger(slice('ner'));
    const second = trainTagger(slice('ner'));
    expect(first.bytes.equals(second.bytes)).toBe(true);
    const model = new SequenceModel(decodeModel(first.bytes, 'slice model'));
    expect(model.tags).toContain('U-PER');
    expect(first.score.f1).toBeGreaterThan(30);
    // Another seed shuffles the sentences differently: other weights.
    expect(trainTagger({ ...slice('ner'), seed: 8 }).bytes.equals(first.bytes)).toBe(false);
  });

  it('trains the part-of-speech tagger on a slice, deterministically', () => {
    const first = trainTagger(slice('pos'));
    expect(first.bytes.equals(trainTagger(slice('pos')).bytes)).toBe(true);
    expect(first.score.accuracy).toBeGreaterThan(70);
  });
});
