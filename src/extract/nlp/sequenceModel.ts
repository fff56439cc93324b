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
import type { WriteFeatures } from './featureStrings.js';
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

/** A group of features many tokens share (a word's own features), summed once per key into `cache`. */
export interface SharedFeatures {
  cache: Map<string, Float64Array>;
  key: string;
  features: WriteFeatures;
}

/** A token's features: its own, looked up each time, and shared groups. */
export interface TokenFeatures {
  own: WriteFeatures;
  shared: readonly SharedFeatures[];
}

/** Shared sums kept per cache before it is emptied (a bound on memory, not on correctness). */
const CACHE_LIMIT = 100_000;
/** Values of one template not in the model remembered before its table is emptied (the same bound). */
const MISS_LIMIT = 10_000;

/** One template's rows by value; -1 for a value the model has no feature for. */
interface TemplateRows {
  rows: Map<string, number>;
  misses: number;
}

export class SequenceModel {
  readonly mask: TransitionMask;
  private readonly templates = new Map<string, TemplateRows>();

  constructor(readonly weights: SequenceWeights) {
    this.mask = transitionMask(weights.tags);
  }

  get tags(): string[] {
    return this.weights.tags;
  }

  /** The best tag sequence for a sentence given each token's features. */
  tag(features: readonly (readonly string[])[]): string[] {
    const T = this.weights.tags.length;
    const scores = new Float64Array(features.length * T);
    features.forEach((own, t) => {
      for (const f of own) this.add(scores, t * T, this.weights.features.get(f));
    });
    return this.decode(scores, features.length);
  }

  /** The same, from features written as template and value, summing each shared group once per key (the caller owns the caches). */
  tagTokens(tokens: readonly TokenFeatures[]): string[] {
    const T = this.weights.tags.length;
    const n = tokens.length;
    const scores = new Float64Array(n * T);
    let into = scores;
    let at = 0;
    const emit = (template: string, value: string) => this.add(into, at, this.row(template, value));
    for (let t = 0; t < n; t++) {
      into = scores;
      at = t * T;
      tokens[t]!.own(emit);
      for (const group of tokens[t]!.shared) {
        let sum = group.cache.get(group.key);
        if (!sum) {
          sum = into = new Float64Array(T);
          at = 0;
          group.features(emit);
          if (group.cache.size >= CACHE_LIMIT) group.cache.clear();
          group.cache.set(group.key, sum);
        }
        const base = t * T;
        for (let j = 0; j < T; j++) scores[base + j]! += sum[j]!;
      }
    }
    return this.decode(scores, n);
  }

  private decode(scores: Float64Array, n: number): string[] {
    const T = this.weights.tags.length;
    return [...viterbi(scores, this.weights.transitions, this.mask, n, T)].map((j) => this.weights.tags[j]!);
  }

  /** The row of feature `template + value`, from the template's table (filled on first sight). */
  private row(template: string, value: string): number | undefined {
    let table = this.templates.get(template);
    if (!table) this.templates.set(template, (table = { rows: new Map(), misses: 0 }));
    let row = table.rows.get(value);
    if (row === undefined) {
      row = this.weights.features.get(template + value) ?? -1;
      if (row < 0 && ++table.misses > MISS_LIMIT) {
        table.rows.clear();
        table.misses = 0;
      }
      table.rows.set(value, row);
    }
    return row < 0 ? undefined : row;
  }

  private add(scores: Float64Array, at: number, row: number | undefined): void {
    if (row === undefined) return;
    const { rowStart, cols, vals } = this.weights;
    for (let k = rowStart[row]!; k < rowStart[row + 1]!; k++) scores[at + cols[k]!]! += vals[k]!;
  }
}
