// Feature strings -> dense ids for training, in first-seen order (so ids, and the model file, are
// the same on every run). Features seen fewer than minCount times in the training data are dropped.
// Example: const index = featureIndex(trainFeatures, 2); index.get('w=Blackburn') -> 1234
export function featureIndex(sentences: Iterable<readonly (readonly string[])[]>, minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const token of s) for (const f of token) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) index.set(f, index.size);
  return index;
}
