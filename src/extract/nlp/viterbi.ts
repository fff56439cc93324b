// First-order Viterbi decoding: the tag sequence with the highest sum of per-token scores and
// tag-to-tag transition scores, among the sequences the mask allows. O(n T^2).
// Example: viterbi(scores, transitions, mask, n = 3, T = 9) -> Int32Array [1, 3, 0] (tag indexes)
import type { TransitionMask } from './transitionMask.js';

/**
 * @param scores n x T emission scores (token-major)
 * @param transitions (T + 1) x T: row i, column j scores tag j after tag i; row T scores the first tag
 */
export function viterbi(scores: Float64Array, transitions: ArrayLike<number>, mask: TransitionMask, n: number, T: number): Int32Array {
  if (n === 0) return new Int32Array(0);
  const best = new Float64Array(n * T).fill(-Infinity);
  const back = new Int32Array(n * T);
  const { allowed, final } = mask;
  for (let j = 0; j < T; j++) if (allowed[T * T + j]) best[j] = scores[j]! + transitions[T * T + j]!;
  for (let t = 1; t < n; t++) {
    for (let j = 0; j < T; j++) {
      let top = -Infinity;
      let arg = 0;
      for (let i = 0; i < T; i++) {
        if (!allowed[i * T + j]) continue;
        const v = best[(t - 1) * T + i]! + transitions[i * T + j]!;
        if (v > top) {
          top = v;
          arg = i;
        }
      }
      best[t * T + j] = top + scores[t * T + j]!;
      back[t * T + j] = arg;
    }
  }
  const path = new Int32Array(n);
  let top = -Infinity;
  for (let j = 0; j < T; j++) {
    const v = best[(n - 1) * T + j]!;
    if (final[j] && v > top) {
      top = v;
      path[n - 1] = j;
    }
  }
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * T + path[t]!]!;
  return path;
}
