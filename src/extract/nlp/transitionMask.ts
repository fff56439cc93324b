// Which tag may follow which, for span encodings: in BILOU, B-X and I-X must go on with I-X or
// L-X, and nothing else may; in BIO, I-X must follow B-X or I-X. Other tag sets (parts of speech)
// allow everything. Row T is the sentence start; the last tag must close its span (BILOU).
// Example: transitionMask(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER']) -> allowed[start][I-PER] = 0
export interface TransitionMask {
  /** (T + 1) x T, 1 where tag j may follow tag i (row T: the sentence start). */
  allowed: Uint8Array;
  /** 1 where a sentence may end on the tag. */
  final: Uint8Array;
}

export function transitionMask(tags: readonly string[]): TransitionMask {
  const T = tags.length;
  const allowed = new Uint8Array((T + 1) * T).fill(1);
  const final = new Uint8Array(T).fill(1);
  const bilou = tags.some((t) => t.startsWith('L-') || t.startsWith('U-'));
  const bio = !bilou && tags.some((t) => t.startsWith('B-')) && tags.some((t) => t.startsWith('I-'));
  if (!bilou && !bio) return { allowed, final };
  const prefix = (k: number) => (k === T ? 'S' : tags[k]![0]!);
  const type = (k: number) => (k === T ? '' : tags[k]!.slice(2));
  for (let i = 0; i <= T; i++) {
    for (let j = 0; j < T; j++) {
      const [p, q] = [prefix(i), prefix(j)];
      const same = type(i) === type(j);
      const ok = bilou ? ((p === 'B' || p === 'I') ? (q === 'I' || q === 'L') && same : q !== 'I' && q !== 'L') : q !== 'I' || ((p === 'B' || p === 'I') && same);
      allowed[i * T + j] = ok ? 1 : 0;
    }
  }
  if (bilou) tags.forEach((t, j) => (final[j] = t.startsWith('B-') || t.startsWith('I-') ? 0 : 1));
  return { allowed, final };
}
