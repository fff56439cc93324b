// One-to-one matching of gold items with predicted items: every compatible pair gets a score,
// pairs are taken best score first (ties: earlier gold, then earlier prediction), each item at
// most once. Deterministic and good enough for the small per-article sets the scorer compares.
// Example: greedyMatch(['a'], ['x', 'a'], (g, p) => (g === p ? 1 : null)) -> [[0, 1]]

export function greedyMatch<G, P>(gold: readonly G[], predicted: readonly P[], score: (g: G, p: P) => number | null): [number, number][] {
  const pairs: { g: number; p: number; s: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const s = score(g, p);
      if (s !== null) pairs.push({ g: gi, p: pi, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
