// Trains one of the taggers (ner, pos, chunk) from CoNLL-2003 and writes its model file under
// data/models/: reads the training file, encodes every token's features once, runs the averaged
// structured perceptron for up to --epochs epochs, keeps the epoch that scores best on the
// development file, then prunes small weights as far as the development score allows (within
// 0.05 points of the unpruned model). Seeded, so a rerun writes the same bytes.
// Run: npm run train:ner (train:pos, train:chunk; train:chunk reads data/models/pos.bin for the
// development file's tags, so train pos first). Options: --train FILE --dev FILE --out FILE
// --epochs N --min-count N --seed N --docs N --dev-docs N (the first N documents: a quick slice).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeModel } from '../../src/extract/nlp/decodeModel.js';
import { encodeModel } from '../../src/extract/nlp/encodeModel.js';
import { featureSentences, type FeatureSentence } from '../../src/extract/nlp/featureSentences.js';
import { SequenceModel } from '../../src/extract/nlp/sequenceModel.js';
import { transitionMask } from '../../src/extract/nlp/transitionMask.js';
import { viterbi } from '../../src/extract/nlp/viterbi.js';
import { featureIndex } from './featureIndex.js';
import { readConll, type ConllSentence } from './readConll.js';
import { sparseWeights } from './sparseWeights.js';
import { spanScore } from './spanScore.js';
import { TASKS, type TaskName } from './taggerTasks.js';
import { emissions, trainPerceptron, type Averaged, type EncodedSentence } from './trainPerceptron.js';

const DATA = '../shared/data';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    train: { type: 'string', default: `${DATA}/conll2003-train/eng.train` },
    dev: { type: 'string', default: `${DATA}/conll2003-testa/eng.testa` },
    out: { type: 'string' },
    epochs: { type: 'string', default: '12' },
    'min-count': { type: 'string', default: '1' },
    seed: { type: 'string', default: '20031' },
    docs: { type: 'string' },
    'dev-docs': { type: 'string' },
    'pos-model': { type: 'string', default: 'data/models/pos.bin' },
  },
});
const task = positionals[0] as TaskName;
if (!(task in TASKS)) throw new Error(`usage: trainTaggers.ts ner|pos|chunk [options]; got ${positionals[0] ?? 'nothing'}`);
const spec = TASKS[task];
const out = values.out ?? `data/models/${task}.bin`;
const limit = (n: string | undefined) => (n === undefined ? Infinity : Number(n));

type Doc = { conll: ConllSentence[]; features: FeatureSentence[] };
const load = (path: string, docs: number): Doc[] =>
  readConll(path)
    .slice(0, docs)
    .map((d) => ({ conll: d.sentences, features: featureSentences(d.sentences.map((s) => ({ words: s.words, opensLine: true }))) }));
const started = Date.now();
const train = load(values.train, limit(values.docs));
const dev = load(values.dev, limit(values['dev-docs']));
// The chunker learns from the file's tags and is measured on the tags our own tagger gives.
const posModel = task === 'chunk' ? new SequenceModel(decodeModel(readFileSync(values['pos-model']), values['pos-model'])) : undefined;
const devPos = (d: Doc, k: number) => (posModel ? posModel.tag(TASKS.pos.features(d.features[k]!, [])) : d.conll[k]!.pos);

const tagSet = new Set<string>();
const trainTokens = train.flatMap((d) => d.features.map((s, k) => ({ feats: spec.features(s, d.conll[k]!.pos), gold: spec.gold(d.conll[k]!) })));
for (const s of trainTokens) for (const t of s.gold) tagSet.add(t);
const tags = [...tagSet].sort((a, b) => Number(b === 'O') - Number(a === 'O') || a.localeCompare(b));
const index = featureIndex(
  trainTokens.map((s) => s.feats),
  Number(values['min-count']),
);
const tagId = new Map(tags.map((t, i) => [t, i]));
const encoded: EncodedSentence[] = trainTokens.map((s) => {
  const ids: number[] = [];
  const offsets = [0];
  for (const token of s.feats) {
    for (const f of token) {
      const id = index.get(f);
      if (id !== undefined) ids.push(id);
    }
    offsets.push(ids.length);
  }
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: Int32Array.from(s.gold.map((t) => tagId.get(t)!)) };
});
const devSentences = dev.flatMap((d) => d.features.map((s, k) => ({ feats: spec.features(s, devPos(d, k)), gold: spec.gold(d.conll[k]!) })));
const devEncoded = devSentences.map((s) => {
  const ids: number[] = [];
  const offsets = [0];
  for (const token of s.feats) {
    for (const f of token) {
      const id = index.get(f);
      if (id !== undefined) ids.push(id);
    }
    offsets.push(ids.length);
  }
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: new Int32Array(s.gold.length) };
});
const tokens = encoded.reduce((n, s) => n + s.gold.length, 0);
console.log(`${task}: ${encoded.length} sentences, ${tokens} tokens, ${tags.length} tags, ${index.size} features (min count ${values['min-count']}); read in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const gold = devSentences.map((s) => s.gold);
const score = (predicted: string[][]) => spanScore(gold, predicted);
const headline = (s: ReturnType<typeof score>) => (spec.measure === 'f1' ? s.f1 : s.accuracy);
const mask = transitionMask(tags);
let best: { epoch: number; value: number; averaged: Averaged } | undefined;
trainPerceptron(encoded, index.size, tags, {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  onEpoch: (epoch, averaged) => {
    const predicted = devEncoded.map((s) => [...viterbi(emissions(s, averaged.weights, tags.length), averaged.transitions, mask, s.gold.length, tags.length)].map((j) => tags[j]!));
    const s = score(predicted);
    const value = headline(s);
    console.log(`epoch ${epoch}: dev ${spec.measure} ${value.toFixed(2)} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}) at ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (!best || value > best.value) best = { epoch, value, averaged };
  },
});
if (!best) throw new Error('no epoch trained');
const chosen = best;

const meta = { task, train: values.train.replace(/^.*\//, ''), dev: values.dev.replace(/^.*\//, ''), epochs: chosen.epoch, minCount: Number(values['min-count']), seed: Number(values.seed) };
let pick: { prune: number; bytes: Buffer; value: number } | undefined;
for (const prune of [0, 0.01, 0.03, 0.1, 0.3, 1]) {
  const weights = sparseWeights(chosen.averaged, index, tags, prune, { ...meta, prune });
  const bytes = encodeModel(weights);
  const model = new SequenceModel(decodeModel(bytes, out));
  const s = score(devSentences.map((d) => model.tag(d.feats)));
  console.log(`prune ${prune}: ${weights.features.size} features, ${(bytes.length / 1e6).toFixed(2)} MB, dev ${spec.measure} ${headline(s).toFixed(2)}`);
  if (headline(s) >= chosen.value - 0.05) pick = { prune, bytes, value: headline(s) };
  if (prune === 0 && spec.measure === 'f1') {
    console.log(Object.entries(s.byType).map(([t, v]) => `  ${t} P ${v.precision.toFixed(2)} R ${v.recall.toFixed(2)} F1 ${v.f1.toFixed(2)}`).join('\n'));
    if (task === 'ner') console.log(`  PER/LOC/ORG F1 ${spanScore(gold, devSentences.map((d) => model.tag(d.feats)), new Set(['PER', 'LOC', 'ORG'])).f1.toFixed(2)}`);
  }
}
if (!pick) throw new Error('no pruning level kept the development score');
writeFileSync(out, pick.bytes);
console.log(`wrote ${out}: epoch ${chosen.epoch}, prune ${pick.prune}, ${(pick.bytes.length / 1e6).toFixed(2)} MB, dev ${spec.measure} ${pick.value.toFixed(2)}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
