// Scores of predicted tag sequences against gold ones: exact labelled-span precision, recall and
// F1 (conlleval's measure, per type and overall), and token accuracy (tags in one encoding).
// Example: spanScore([['B-PER', 'I-PER']], [['B-PER', 'L-PER']]).f1 -> 100
import { tagSpans } from '../../src/extract/nlp/tagSpans.js';

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  byType: Record<string, { precision: number; recall: number; f1: number }>;
}

export function spanScore(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], types?: ReadonlySet<string>): SpanScore {
  const counts = new Map<string, { tp: number; gold: number; pred: number }>();
  const count = (type: string) => counts.get(type) ?? counts.set(type, { tp: 0, gold: 0, pred: 0 }).get(type)!;
  let right = 0;
  let tokens = 0;
  gold.forEach((g, k) => {
    const p = predicted[k]!;
    g.forEach((tag, i) => {
      tokens++;
      if (tag === p[i]) right++;
    });
    const keep = (s: { type: string }) => !types || types.has(s.type);
    const gs = tagSpans(g).filter(keep);
    const ps = tagSpans(p).filter(keep);
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const gk = new Set(gs.map(key));
    for (const s of gs) count(s.type).gold++;
    for (const s of ps) {
      count(s.type).pred++;
      if (gk.has(key(s))) count(s.type).tp++;
    }
  });
  const prf = (tp: number, ng: number, np: number) => {
    const precision = np ? (100 * tp) / np : 0;
    const recall = ng ? (100 * tp) / ng : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, gold: a.gold + c.gold, pred: a.pred + c.pred }), { tp: 0, gold: 0, pred: 0 });
  const byType = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => [t, prf(c.tp, c.gold, c.pred)]));
  return { ...prf(all.tp, all.gold, all.pred), accuracy: tokens ? (100 * right) / tokens : 0, byType };
}
