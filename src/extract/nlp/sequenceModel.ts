// A trained linear sequence model (the weights of an averaged structured perceptron): one weight
// per (feature, tag), stored sparsely, and a weight per tag pair. Tagging a sentence scores every
// token's features against every tag and decodes the best sequence with Viterbi. The same class
// serves the entity tagger, the part-of-speech tagger and the chunker; only the feature function
// and the tag set differ. Features never seen in training are ignored. When tagging, a token's
// window features (windowFeatures: its neighbours' words and shapes, most of its features) are
// looked up by word id (WindowRows); the others are written as template and value
// (featureStrings), which FeatureRows looks up without building their strings, and groups of
// features many tokens share are summed once per key. Each token's scores add its features in
// one fixed order (window, own, shared groups), so the sums are the same on every run.
// Example: model.tag([['w=Peter', ...], ['w=Blackburn', ...]]) -> ['B-PER', 'L-PER']
//
// Written by hand: no Node library offers a trainable sequence tagger that is small, fast and
// deterministic (compromise, natural and wink-nlp tag with their own rules and lexicons and cannot
// learn from CoNLL data; the CRFsuite bindings need a native build). The shape follows Honnibal's averaged perceptron
// tagger (feature function, predict, update, average, save); training lives in scripts/train/.
// Decoding is first-order Viterbi (Collins' structured perceptron) rather than greedy left to
// right: with the same features and training, on CoNLL-2003 testa, Viterbi scored entity F1 91.5
// and greedy decoding 89.4 (tag pairs are cheap: 17 x 17 per token for BILOU entities).
import { FeatureRows } from './featureRows.js';
import type { EmitFeature } from './featureStrings.js';
import { transitionMask, type TransitionMask } from './transitionMask.js';
import { transitionBounds, viterbi } from './viterbi.js';
import type { WindowFeature } from './windowFeatures.js';
import { WindowRows } from './windowRows.js';

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

/** A group of features many tokens share (a word's own features), summed once per key into `cache`. */
export interface SharedFeatures {
  cache: Map<string | number, Float64Array>;
  /** Token i's key: tokens with the same key have the same features in this group. */
  key: (i: number) => string | number;
  features: (i: number, emit: EmitFeature) => void;
}

/** A sentence and the window features its tokens take from it (the first features summed). */
export interface SentenceWindow<S> {
  features: readonly WindowFeature<S>[];
  sentence: S;
}

/** Shared sums kept per cache before it is emptied (a bound on memory, not on correctness). */
const CACHE_LIMIT = 100_000;

export class SequenceModel {
  readonly mask: TransitionMask;
  private readonly rows: FeatureRows;
  private readonly bounds: Float64Array;
  /** Per window (a feature function's list), its rows by word id. */
  private readonly windows = new Map<readonly WindowFeature<never>[], WindowRows<never>>();

  constructor(readonly weights: SequenceWeights) {
    this.mask = transitionMask(weights.tags);
    this.rows = new FeatureRows(weights.features);
    this.bounds = transitionBounds(weights.transitions, this.mask, weights.tags.length);
  }

  get tags(): string[] {
    return this.weights.tags;
  }

  /** The best tag sequence for a sentence given each token's features. */
  tag(features: readonly (readonly string[])[]): string[] {
    const T = this.weights.tags.length;
    const scores = new Float64Array(features.length * T);
    features.forEach((own, t) => {
      for (const f of own) this.add(scores, t * T, this.weights.features.get(f) ?? -1);
    });
    return this.decode(scores, features.length);
  }

  /**
   * The same for a sentence of n tokens whose features are its window's, then token i's own,
   * written as template and value, then shared groups, each summed once per key (the caller owns
   * the caches).
   */
  tagSentence<S>(n: number, window: SentenceWindow<S>, own: (i: number, emit: EmitFeature) => void, shared: readonly SharedFeatures[] = []): string[] {
    const T = this.weights.tags.length;
    const scores = new Float64Array(n * T);
    let into = scores;
    let at = 0;
    const emit: EmitFeature = (template, value) => this.add(into, at, this.rows.row(template, value));
    const F = window.features.length;
    const { rowStart, cols, vals } = this.weights;
    const windowRows = this.windowRows(window.features).rows(window.sentence, n);
    for (let t = 0; t < n; t++) {
      into = scores;
      at = t * T;
      for (let f = 0; f < F; f++) {
        const row = windowRows[t * F + f]!;
        if (row >= 0) for (let k = rowStart[row]!, end = rowStart[row + 1]!; k < end; k++) scores[at + cols[k]!]! += vals[k]!;
      }
      own(t, emit);
      for (const group of shared) {
        const key = group.key(t);
        let sum = group.cache.get(key);
        if (!sum) {
          sum = into = new Float64Array(T);
          at = 0;
          group.features(t, emit);
          if (group.cache.size >= CACHE_LIMIT) group.cache.clear();
          group.cache.set(key, sum);
        }
        const base = t * T;
        for (let j = 0; j < T; j++) scores[base + j]! += sum[j]!;
      }
    }
    return this.decode(scores, n);
  }

  private windowRows<S>(features: readonly WindowFeature<S>[]): WindowRows<S> {
    let rows = this.windows.get(features) as WindowRows<S> | undefined;
    if (!rows) this.windows.set(features, (rows = new WindowRows(this.weights.features, features)) as WindowRows<never>);
    return rows;
  }

  private decode(scores: Float64Array, n: number): string[] {
    const T = this.weights.tags.length;
    return Array.from(viterbi(scores, this.weights.transitions, this.mask, n, T, this.bounds), (j) => this.weights.tags[j]!);
  }

  private add(scores: Float64Array, at: number, row: number): void {
    if (row < 0) return;
    const { rowStart, cols, vals } = this.weights;
    for (let k = rowStart[row]!; k < rowStart[row + 1]!; k++) scores[at + cols[k]!]! += vals[k]!;
  }
}
