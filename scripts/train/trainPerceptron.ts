// Collins' structured perceptron with averaging (the training half of src/extract/nlp's engine):
// for each sentence, in a seeded random order each epoch, decode with the current weights
// (Viterbi, the same decoder the tagger uses) and, where the best sequence differs from the gold
// one, add one to the weights of the gold tags' features and transitions and subtract one from the
// predicted ones. The averaged weights (Daume's trick: w - u / c, where u sums each update times
// the instance counter c) generalise far better than the last ones. Deterministic: same data, same
// seed, same weights.
// Example: trainPerceptron(sentences, 120_000, 17, mask, { epochs: 10, seed: 1, onEpoch: (e, avg) => ... })
import { transitionMask } from '../../src/extract/nlp/transitionMask.js';
import { viterbi } from '../../src/extract/nlp/viterbi.js';
import { mulberry32 } from '../bench/mulberry32.js';

/** One sentence as feature ids: token t's features are ids[offsets[t] .. offsets[t + 1]). */
export interface EncodedSentence {
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

export interface Averaged {
  /** nFeatures x T averaged weights */
  weights: Float32Array;
  /** (T + 1) x T averaged transition weights */
  transitions: Float32Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged weights so far (epoch counts from 1). */
  onEpoch: (epoch: number, averaged: Averaged) => void;
}

export function trainPerceptron(sentences: readonly EncodedSentence[], nFeatures: number, tags: readonly string[], options: TrainOptions): void {
  const T = tags.length;
  const mask = transitionMask(tags);
  const w = new Float32Array(nFeatures * T);
  const u = new Float64Array(nFeatures * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const random = mulberry32(options.seed);
  const order = sentences.map((_, i) => i);
  let c = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const s = sentences[k]!;
      const pred = viterbi(emissions(s, w, T), tw, mask, s.gold.length, T);
      for (let t = 0; t < s.gold.length; t++) {
        const g = s.gold[t]!;
        const p = pred[t]!;
        if (g !== p) {
          for (let f = s.offsets[t]!; f < s.offsets[t + 1]!; f++) {
            const row = s.ids[f]! * T;
            w[row + g]! += 1;
            u[row + g]! += c;
            w[row + p]! -= 1;
            u[row + p]! -= c;
          }
        }
        const pg = t === 0 ? T : s.gold[t - 1]!;
        const pp = t === 0 ? T : pred[t - 1]!;
        if (pg !== pp || g !== p) {
          tw[pg * T + g]! += 1;
          tu[pg * T + g]! += c;
          tw[pp * T + p]! -= 1;
          tu[pp * T + p]! -= c;
        }
      }
      c++;
    }
    const weights = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) weights[k] = w[k]! - u[k]! / c;
    const transitions = new Float32Array(tw.length);
    for (let k = 0; k < tw.length; k++) transitions[k] = tw[k]! - tu[k]! / c;
    options.onEpoch(epoch, { weights, transitions });
  }
}

/** n x T scores of a sentence's tokens under dense weights. */
export function emissions(s: EncodedSentence, w: Float32Array, T: number): Float64Array {
  const n = s.gold.length;
  const scores = new Float64Array(n * T);
  for (let t = 0; t < n; t++) {
    for (let f = s.offsets[t]!; f < s.offsets[t + 1]!; f++) {
      const row = s.ids[f]! * T;
      for (let j = 0; j < T; j++) scores[t * T + j]! += w[row + j]!;
    }
  }
  return scores;
}
