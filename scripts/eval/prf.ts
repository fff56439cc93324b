// Counts and precision/recall/F1. Conventions: precision of no predictions is 1 when nothing was
// to be found and 0 otherwise; recall of an empty gold set is 1; F1 is the harmonic mean (0 when both are 0).
// Example: prf({ tp: 8, fp: 2, fn: 2 }) -> { precision: 0.8, recall: 0.8, f1: 0.8 }

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export const ZERO: Readonly<Counts> = Object.freeze({ tp: 0, fp: 0, fn: 0 });

export function prf(c: Counts): Scores {
  const predicted = c.tp + c.fp;
  const gold = c.tp + c.fn;
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : c.tp / predicted;
  const recall = gold === 0 ? 1 : c.tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(...all: Counts[]): Counts {
  return all.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { ...ZERO });
}
