// A seeded random draw of n items: the items ordered by key, shuffled by Fisher-Yates with
// mulberry32(seed), the first n taken. The same items and seed give the same draw on any machine;
// a draw of 50 is the first 50 of the draw of 100.
// Example: seededSample(['c', 'a', 'b'], 2, 7, (x) => x) -> two of them, always the same two
import { mulberry32 } from '../../bench/mulberry32.js';

export function seededSample<T>(items: readonly T[], n: number, seed: number, key: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const random = mulberry32(seed);
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return sorted.slice(0, n);
}
