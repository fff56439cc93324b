// First-order Viterbi decoding: the tag sequence with the highest sum of per-token scores and
// tag-to-tag transition scores, among the sequences the mask allows. O(n T^2) at worst; exact
// pruning makes it much cheaper when a few tags dominate each token (parts of speech: 45 tags).
// For each tag, predecessors are tried best first and the search stops once even the tag's
// highest incoming transition cannot lift the next one to the best found: the same path as
// trying all of them (ties go to the lowest predecessor index, as in a plain left-to-right scan).
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
  // The highest allowed transition into each tag: the bound that stops the search.
  const into = new Float64Array(T).fill(-Infinity);
  for (let i = 0; i < T; i++) for (let j = 0; j < T; j++) if (allowed[i * T + j] && transitions[i * T + j]! > into[j]!) into[j] = transitions[i * T + j]!;
  for (let j = 0; j < T; j++) if (allowed[T * T + j]) best[j] = scores[j]! + transitions[T * T + j]!;
  const order = new Int32Array(T);
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * T;
    // The reachable predecessors, best first (insertion sort: T is small).
    let m = 0;
    for (let i = 0; i < T; i++) {
      const v = best[prev + i]!;
      if (v === -Infinity) continue;
      let k = m++;
      while (k > 0 && best[prev + order[k - 1]!]! < v) {
        order[k] = order[k - 1]!;
        k--;
      }
      order[k] = i;
    }
    for (let j = 0; j < T; j++) {
      let top = -Infinity;
      let arg = 0;
      const cap = into[j]!;
      for (let k = 0; k < m; k++) {
        const i = order[k]!;
        const b = best[prev + i]!;
        if (b + cap < top) break;
        if (!allowed[i * T + j]) continue;
        const v = b + transitions[i * T + j]!;
        if (v > top || (v === top && i < arg)) {
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
