// A trained linear sequence model (the weights of an averaged structured perceptron): one weight
// per (feature, tag), stored sparsely, and a weight per tag pair. Tagging a sentence scores every
// token's features against every tag and decodes the best sequence with Viterbi. The same class
// serves the entity tagger, the part-of-speech tagger and the chunker; only the feature function
// and the tag set differ. Features never seen in training are ignored.
// Example: model.tag([['w=Peter', ...], ['w=Blackburn', ...]]) -> ['B-PER', 'L-PER']
//
// Written by hand: no Node library offers a trainable sequence tagger that is small, fast and
// deterministic (compromise, natural and wink-nlp tag with their own rules and lexicons and cannot
// learn from CoNLL data; the CRFsuite bindings need a native build). The shape follows Honnibal's averaged perceptron
// tagger (feature function, predict, update, average, save); training lives in scripts/train/.
// Decoding is first-order Viterbi (Collins' structured perceptron) rather than greedy left to
// right: with the same features and training, on CoNLL-2003 testa, Viterbi scored entity F1 91.5
// and greedy decoding 89.4 (tag pairs are cheap: 17 x 17 per token for BILOU entities).
import { transitionMask, type TransitionMask } from './transitionMask.js';
import { viterbi } from './viterbi.js';

export interface SequenceWeights {
  tags: string[];
  /** feature string -> row */
  features: Map<string, number>;
  /** Row r's weights are cols/vals[rowStart[r] .. rowStart[r + 1]). */
  rowStart: Uint32Array;
  cols: Uint8Array;
  vals: Float32Array;
  /** (T + 1) x T transition weights; row T scores the first tag. */
  transitions: Float32Array;
  /** What the model was trained on and how (written into the model file). */
  meta: Record<string, unknown>;
}

export class SequenceModel {
  readonly mask: TransitionMask;

  constructor(readonly weights: SequenceWeights) {
    this.mask = transitionMask(weights.tags);
  }

  get tags(): string[] {
    return this.weights.tags;
  }

  /** The best tag sequence for a sentence given each token's features. */
  tag(features: readonly (readonly string[])[]): string[] {
    const T = this.weights.tags.length;
    const n = features.length;
    const scores = new Float64Array(n * T);
    const { rowStart, cols, vals } = this.weights;
    for (let t = 0; t < n; t++) {
      for (const f of features[t]!) {
        const row = this.weights.features.get(f);
        if (row === undefined) continue;
        for (let k = rowStart[row]!; k < rowStart[row + 1]!; k++) scores[t * T + cols[k]!]! += vals[k]!;
      }
    }
    return [...viterbi(scores, this.weights.transitions, this.mask, n, T)].map((j) => this.weights.tags[j]!);
  }
}
