// Time scoring. Gold and predicted expressions are paired one-to-one by overlapping spans (equal
// text when the gold has no offset). A pair counts for "values" when the TIMEX3 values are equal
// (case, surrounding space and the unit of a decade-long duration ignored: P1DE = P10Y), for "intervals" when earliest and latest are both equal;
// "detected" counts every pair. Predictions that pair with nothing are false positives everywhere.
// Example: gold "late February" 2019-02 vs predicted "in late February" 2019-02 -> values tp 1.
import type { GoldTime, PredictedTime } from './goldTypes.js';
import { greedyMatch } from './greedyMatch.js';
import type { Counts } from './prf.js';
import { spanAgreement } from './scoreEntities.js';

export interface TimePair {
  gold: GoldTime;
  predicted: PredictedTime;
}

export interface TimeScore {
  /** span + equal value: the headline time score. */
  values: Counts;
  /** span + equal [earliest, latest]. */
  intervals: Counts;
  /** span only. */
  detected: Counts;
  misses: GoldTime[];
  falsePositives: PredictedTime[];
  wrongValue: TimePair[];
  wrongInterval: TimePair[];
}

/** TIMEX3 value in one spelling: upper case; decades and centuries of a duration in years ("P1DE" = "P10Y"). */
export function canonicalValue(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/^P(\d+)(DE|CE)$/, (_m, n: string, unit: string) => `P${Number(n) * (unit === 'DE' ? 10 : 100)}Y`);
}

export const sameValue = (a: string, b: string): boolean => canonicalValue(a) === canonicalValue(b);
export const sameInterval = (g: GoldTime, p: PredictedTime): boolean => g.earliest === p.earliest && g.latest === p.latest;

function counts(hits: number, gold: number, predicted: number): Counts {
  return { tp: hits, fp: predicted - hits, fn: gold - hits };
}

export function scoreTimes(gold: readonly GoldTime[], predicted: readonly PredictedTime[]): TimeScore {
  const pairs = greedyMatch(gold, predicted, (g, p) => {
    const s = spanAgreement(g, p);
    return s === null ? null : s + (sameValue(g.value, p.value) ? 1000 : 0);
  }).map(([g, p]) => ({ gold: gold[g]!, predicted: predicted[p]! }));
  const matchedG = new Set(pairs.map((x) => x.gold));
  const matchedP = new Set(pairs.map((x) => x.predicted));
  const valueHits = pairs.filter((x) => sameValue(x.gold.value, x.predicted.value));
  const intervalHits = pairs.filter((x) => sameInterval(x.gold, x.predicted));
  return {
    values: counts(valueHits.length, gold.length, predicted.length),
    intervals: counts(intervalHits.length, gold.length, predicted.length),
    detected: counts(pairs.length, gold.length, predicted.length),
    misses: gold.filter((g) => !matchedG.has(g)),
    falsePositives: predicted.filter((p) => !matchedP.has(p)),
    wrongValue: pairs.filter((x) => !sameValue(x.gold.value, x.predicted.value)),
    wrongInterval: pairs.filter((x) => sameValue(x.gold.value, x.predicted.value) && !sameInterval(x.gold, x.predicted)),
  };
}
