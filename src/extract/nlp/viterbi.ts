// First-order Viterbi decoding: the tag sequence with the highest sum of per-token scores and
// tag-to-tag transition scores, among the sequences the mask allows. O(n T^2) at worst; exact
// pruning makes it much cheaper when a few tags dominate each token (parts of speech: 45 tags).
// For each tag any tag may precede, predecessors are tried best first and the search stops once
// even the tag's highest incoming transition cannot lift the next one to the best found: the same
// path as trying all of them (ties go to the lowest predecessor index, as in a plain left-to-right
// scan). Tags the mask restricts (span encodings) have few predecessors and try them all.
// Example: viterbi(scores, transitions, mask, n = 3, T = 9) -> Int32Array [1, 3, 0] (tag indexes)
import type { TransitionMask } from './transitionMask.js';

/**
 * @param scores n x T emission scores (token-major)
 * @param transitions (T + 1) x T: row i, column j scores tag j after tag i; row T scores the first tag
 * @param into the highest allowed transition into each tag (transitionBounds; a model computes it once)
 */
export function viterbi(scores: Float64Array, transitions: ArrayLike<number>, mask: TransitionMask, n: number, T: number, into = transitionBounds(transitions, mask, T)): Int32Array {
  if (n === 0) return new Int32Array(0);
  const best = new Float64Array(n * T).fill(-Infinity);
  const back = new Int32Array(n * T);
  const { allowed, final } = mask;
  for (let j = 0; j < T; j++) if (allowed[T * T + j]) best[j] = scores[j]! + transitions[T * T + j]!;
  const order = new Int32Array(T);
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * T;
    // The reachable predecessors, put in order best first only as far as some tag's search goes
    // (selection, one at a time: most searches end at the first or second).
    let m = 0;
    for (let i = 0; i < T; i++) if (best[prev + i]! > -Infinity) order[m++] = i;
    let sorted = 0;
    for (let j = 0; j < T; j++) {
      let top = -Infinity;
      let arg = 0;
      const cap = into[j]!;
      // A tag the mask keeps from following some tags (span encodings) has few predecessors: all are tried.
      for (let i = 0; cap === Infinity && i < T; i++) {
        if (!allowed[i * T + j]) continue;
        const v = best[prev + i]! + transitions[i * T + j]!;
        if (v > top) {
          top = v;
          arg = i;
        }
      }
      for (let k = 0; cap < Infinity && k < m; k++) {
        if (k === sorted) {
          let pick = k;
          for (let q = k + 1; q < m; q++) if (best[prev + order[q]!]! > best[prev + order[pick]!]!) pick = q;
          const i = order[pick]!;
          order[pick] = order[k]!;
          order[k] = i;
          sorted++;
        }
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

/** The highest transition into each tag, the bound that ends the search; Infinity for a tag some tag may not precede. */
export function transitionBounds(transitions: ArrayLike<number>, mask: TransitionMask, T: number): Float64Array {
  const into = new Float64Array(T).fill(-Infinity);
  for (let i = 0; i < T; i++) for (let j = 0; j < T; j++) into[j] = mask.allowed[i * T + j] ? Math.max(into[j]!, transitions[i * T + j]!) : Infinity;
  return into;
}
