// Trains one tagger (ner, pos or chunk) from CoNLL-2003 columns and returns its model file's
// bytes: reads the training file, encodes every token's features once, runs the averaged
// structured perceptron for up to `epochs` epochs, keeps the epoch that scores best on the
// development file, then prunes small weights as far as the development score allows (within
// 0.05 points of the unpruned model). Seeded: the same options give the same bytes.
// Example: trainTagger({ task: 'ner', train: 'eng.train', dev: 'eng.testa', epochs: 12, minCount: 1, seed: 20031 }).bytes
import { readFileSync } from 'node:fs';
import { decodeModel } from '../../src/extract/nlp/decodeModel.js';
import { encodeModel } from '../../src/extract/nlp/encodeModel.js';
import { featureSentences, type FeatureSentence } from '../../src/extract/nlp/featureSentences.js';
import { SequenceModel } from '../../src/extract/nlp/sequenceModel.js';
import { transitionMask } from '../../src/extract/nlp/transitionMask.js';
import { viterbi } from '../../src/extract/nlp/viterbi.js';
import { featureIndex } from './featureIndex.js';
import { readConll, type ConllSentence } from './readConll.js';
import { sparseWeights } from './sparseWeights.js';
import { spanScore, type SpanScore } from './spanScore.js';
import { TASKS, type TaskName } from './taggerTasks.js';
import { emissions, trainPerceptron, type Averaged, type EncodedSentence } from './trainPerceptron.js';

export interface TrainTaggerOptions {
  task: TaskName;
  train: string;
  dev: string;
  epochs: number;
  minCount: number;
  seed: number;
  /** Only the first N documents of each file (a quick slice). */
  docs?: number;
  devDocs?: number;
  /** The part-of-speech model whose tags the chunker is measured with. */
  posModel?: string;
  log?: (line: string) => void;
}

export interface TrainedTagger {
  bytes: Buffer;
  epoch: number;
  prune: number;
  /** Development score of the written model: span F1 or token accuracy. */
  score: SpanScore;
}

type Doc = { conll: ConllSentence[]; features: FeatureSentence[] };

export function trainTagger(o: TrainTaggerOptions): TrainedTagger {
  const log = o.log ?? (() => {});
  const spec = TASKS[o.task];
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  const load = (path: string, docs = Infinity): Doc[] =>
    readConll(path)
      .slice(0, docs)
      .map((d) => ({ conll: d.sentences, features: featureSentences(d.sentences.map((s) => ({ words: s.words, opensLine: true }))) }));
  const train = load(o.train, o.docs);
  const dev = load(o.dev, o.devDocs);
  // The chunker learns from the file's tags and is measured on the tags our own tagger gives.
  const posModel = o.task === 'chunk' ? new SequenceModel(decodeModel(readFileSync(o.posModel ?? 'data/models/pos.bin'), o.posModel ?? 'data/models/pos.bin')) : undefined;
  const devPos = (d: Doc, k: number) => (posModel ? posModel.tag(TASKS.pos.features(d.features[k]!, [])) : d.conll[k]!.pos);

  const trainSentences = train.flatMap((d) => d.features.map((s, k) => ({ feats: spec.features(s, d.conll[k]!.pos), gold: spec.gold(d.conll[k]!) })));
  const devSentences = dev.flatMap((d) => d.features.map((s, k) => ({ feats: spec.features(s, devPos(d, k)), gold: spec.gold(d.conll[k]!) })));
  const tags = [...new Set(trainSentences.flatMap((s) => s.gold))].sort((a, b) => Number(b === 'O') - Number(a === 'O') || a.localeCompare(b));
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const index = featureIndex(
    trainSentences.map((s) => s.feats),
    o.minCount,
  );
  const encode = (feats: string[][], gold: string[]): EncodedSentence => {
    const ids: number[] = [];
    const offsets = [0];
    for (const token of feats) {
      for (const f of token) {
        const id = index.get(f);
        if (id !== undefined) ids.push(id);
      }
      offsets.push(ids.length);
    }
    return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: Int32Array.from(gold.map((t) => tagId.get(t) ?? 0)) };
  };
  const encoded = trainSentences.map((s) => encode(s.feats, s.gold));
  const devEncoded = devSentences.map((s) => encode(s.feats, s.gold));
  const tokens = encoded.reduce((n, s) => n + s.gold.length, 0);
  log(`${o.task}: ${encoded.length} sentences, ${tokens} tokens, ${tags.length} tags, ${index.size} features (min count ${o.minCount}); read in ${seconds()} s`);

  const gold = devSentences.map((s) => s.gold);
  const headline = (s: SpanScore) => (spec.measure === 'f1' ? s.f1 : s.accuracy);
  const describe = (s: SpanScore) => (spec.measure === 'f1' ? `F1 ${s.f1.toFixed(2)} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)})` : `accuracy ${s.accuracy.toFixed(2)}`);
  const mask = transitionMask(tags);
  let best: { epoch: number; value: number; averaged: Averaged } | undefined;
  trainPerceptron(encoded, index.size, tags, {
    epochs: o.epochs,
    seed: o.seed,
    onEpoch: (epoch, averaged) => {
      const predicted = devEncoded.map((s) => [...viterbi(emissions(s, averaged.weights, tags.length), averaged.transitions, mask, s.gold.length, tags.length)].map((j) => tags[j]!));
      const s = spanScore(gold, predicted);
      log(`epoch ${epoch}: dev ${describe(s)} at ${seconds()} s`);
      if (!best || headline(s) > best.value) best = { epoch, value: headline(s), averaged };
    },
  });
  if (!best) throw new Error('no epoch was trained (epochs must be at least 1)');
  const chosen = best;

  const meta = { task: o.task, train: o.train.replace(/^.*\//, ''), dev: o.dev.replace(/^.*\//, ''), epochs: chosen.epoch, minCount: o.minCount, seed: o.seed };
  let pick: TrainedTagger | undefined;
  for (const prune of [0, 0.01, 0.03, 0.1, 0.3, 1]) {
    const weights = sparseWeights(chosen.averaged, index, tags, prune, { ...meta, prune });
    const bytes = encodeModel(weights);
    const model = new SequenceModel(decodeModel(bytes, `${o.task} model`));
    const s = spanScore(gold, devSentences.map((d) => model.tag(d.feats)));
    log(`prune ${prune}: ${weights.features.size} features, ${(bytes.length / 1e6).toFixed(2)} MB, dev ${describe(s)}`);
    if (prune === 0 && spec.measure === 'f1') {
      for (const [t, v] of Object.entries(s.byType)) log(`  ${t} P ${v.precision.toFixed(2)} R ${v.recall.toFixed(2)} F1 ${v.f1.toFixed(2)}`);
      if (o.task === 'ner') log(`  PER/LOC/ORG F1 ${spanScore(gold, devSentences.map((d) => model.tag(d.feats)), new Set(['PER', 'LOC', 'ORG'])).f1.toFixed(2)}`);
    }
    if (headline(s) >= chosen.value - 0.05) pick = { bytes, epoch: chosen.epoch, prune, score: s };
  }
  if (!pick) throw new Error('no pruning level kept the development score');
  log(`chosen: epoch ${pick.epoch}, prune ${pick.prune}, ${(pick.bytes.length / 1e6).toFixed(2)} MB, dev ${describe(pick.score)}; ${seconds()} s`);
  return pick;
}
