// Entity scoring. A predicted mention matches a gold mention when kind and id are equal and the
// spans overlap (gold mentions without an offset: when the texts are equal, case folded); each
// mention is used once. "detected" ignores kind and id, so recognition and linking can be told apart.
// Example: gold "Kim Jong Un" [PERSON person:kim-jong-un] @10 vs predicted "Kim Jong Un" @10 same id -> tp 1.
import type { GoldEntity, PredictedEntity } from './goldTypes.js';
import { greedyMatch } from './greedyMatch.js';
import type { Counts } from './prf.js';

export interface EntityConfusion {
  gold: GoldEntity;
  predicted: PredictedEntity;
}

export interface EntityScore {
  /** kind + id + span: the headline entity score. */
  linked: Counts;
  /** span only. */
  detected: Counts;
  misses: GoldEntity[];
  falsePositives: PredictedEntity[];
  /** Same span, other kind or id: each is also a miss and a false positive above. */
  confusions: EntityConfusion[];
}

export function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** How well the spans agree: overlapping characters (+1 for the exact span); null when they do not meet. */
export function spanAgreement(g: { text: string; start?: number }, p: { text: string; start: number; end: number }): number | null {
  if (g.start === undefined) return fold(g.text) === fold(p.text) ? 1 : null;
  const o = overlap(g.start, g.start + g.text.length, p.start, p.end);
  if (o === 0) return null;
  return o + (g.start === p.start && g.start + g.text.length === p.end ? 1 : 0);
}

export function entityMatch(g: GoldEntity, p: PredictedEntity): number | null {
  if (g.kind !== p.kind || g.id !== p.id) return null;
  return spanAgreement(g, p);
}

export function scoreEntities(gold: readonly GoldEntity[], predicted: readonly PredictedEntity[]): EntityScore {
  const pairs = greedyMatch(gold, predicted, entityMatch);
  const matchedG = new Set(pairs.map(([g]) => g));
  const matchedP = new Set(pairs.map(([, p]) => p));
  const detectedPairs = greedyMatch(gold, predicted, (g, p) => {
    const s = spanAgreement(g, p);
    return s === null ? null : s + (g.kind === p.kind && g.id === p.id ? 1000 : 0);
  });
  const confusions = detectedPairs
    .filter(([g, p]) => !matchedG.has(g) && !matchedP.has(p))
    .map(([g, p]) => ({ gold: gold[g]!, predicted: predicted[p]! }));
  return {
    linked: { tp: pairs.length, fp: predicted.length - pairs.length, fn: gold.length - pairs.length },
    detected: { tp: detectedPairs.length, fp: predicted.length - detectedPairs.length, fn: gold.length - detectedPairs.length },
    misses: gold.filter((_, i) => !matchedG.has(i)),
    falsePositives: predicted.filter((_, i) => !matchedP.has(i)),
    confusions,
  };
}
