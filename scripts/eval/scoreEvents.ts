// Event scoring, per article. A predicted event matches a gold event when
//   - their kinds are of one class (SUMMIT and MEETING are one class: news calls the same
//     encounter a summit in one sentence and a meeting in the next; every other kind is its own),
//   - their participant sets overlap by at least half: |gold ∩ predicted| / max(|gold|, |predicted|) >= 0.5,
//   - their statuses are equal (the "any status" variant drops this), and
//   - in the "with dates" variant, the predicted interval lies within the gold one (an open gold
//     bound accepts anything; a gold event without bounds accepts any date, none included).
// Each event is matched once; a gold event with count n ("met three times") may absorb up to n
// predictions, of which one is the hit and the others are neither hits nor false positives.
// Example: gold SUMMIT OCCURRED [trump, kim] vs predicted MEETING OCCURRED [kim, trump, moon] -> match (2/3).
import type { EventKind } from '../../src/model/index.js';
import type { GoldEvent, PredictedEvent } from './goldTypes.js';
import { greedyMatch } from './greedyMatch.js';
import type { Counts } from './prf.js';

export interface EventVariant {
  status: boolean;
  dates: boolean;
}

/** What the matching reads of a prediction: a product event or an event mention. */
export type EventLike = Pick<PredictedEvent, 'kind' | 'participants' | 'status' | 'earliest' | 'latest' | 'place'>;

export interface EventPair<P extends EventLike = PredictedEvent> {
  gold: GoldEvent;
  predicted: P;
}

export interface EventVariantScore<P extends EventLike = PredictedEvent> {
  counts: Counts;
  pairs: EventPair<P>[];
  misses: GoldEvent[];
  falsePositives: P[];
}

export interface EventScore {
  /** kind class + participants + status: the headline event score. */
  events: EventVariantScore;
  /** ... and the predicted dates within the gold interval. */
  withDates: EventVariantScore;
  /** kind class + participants only. */
  anyStatus: EventVariantScore;
  /** Headline matches whose gold names a place: how many predicted that place. */
  places: { correct: number; total: number };
  /** Matched when status is ignored, but the statuses differ. */
  wrongStatus: EventPair[];
  /** Headline matches whose dates fall outside the gold interval. */
  wrongDate: EventPair[];
}

export function kindClass(kind: EventKind): string {
  return kind === 'MEETING' ? 'SUMMIT' : kind;
}

export function participantOverlap(gold: readonly string[], predicted: readonly string[]): number {
  const g = new Set(gold);
  const p = new Set(predicted);
  const size = Math.max(g.size, p.size);
  if (size === 0) return 1;
  let shared = 0;
  for (const x of p) if (g.has(x)) shared++;
  return shared / size;
}

/** The predicted interval lies within the gold one; open gold bounds accept anything. */
export function datesAgree(gold: GoldEvent, predicted: EventLike): boolean {
  if (gold.earliest === undefined && gold.latest === undefined) return true;
  if (gold.earliest !== undefined && (predicted.earliest === null || predicted.earliest < gold.earliest)) return false;
  if (gold.latest !== undefined && (predicted.latest === null || predicted.latest > gold.latest)) return false;
  return true;
}

export function eventsCompatible(g: GoldEvent, p: EventLike, variant: EventVariant): boolean {
  if (kindClass(g.kind) !== kindClass(p.kind)) return false;
  if (participantOverlap(g.participants, p.participants) < 0.5) return false;
  if (variant.status && g.status !== p.status) return false;
  if (variant.dates && !datesAgree(g, p)) return false;
  return true;
}

export function scoreEventVariant<P extends EventLike>(gold: readonly GoldEvent[], predicted: readonly P[], variant: EventVariant): EventVariantScore<P> {
  const slots = gold.flatMap((g, gi) => Array.from({ length: Math.max(1, g.count ?? 1) }, (_, k) => ({ gi, required: k === 0 })));
  const pairs = greedyMatch(slots, predicted, (slot, p) => {
    const g = gold[slot.gi]!;
    if (!eventsCompatible(g, p, variant)) return null;
    return (
      (slot.required ? 100 : 0) +
      participantOverlap(g.participants, p.participants) * 10 +
      (g.kind === p.kind ? 2 : 0) +
      (g.status === p.status ? 1 : 0) +
      (datesAgree(g, p) ? 0.5 : 0) +
      (g.place !== undefined && g.place === p.place ? 0.25 : 0)
    );
  });
  const hits = pairs.filter(([s]) => slots[s]!.required);
  const hitGold = new Set(hits.map(([s]) => slots[s]!.gi));
  const usedP = new Set(pairs.map(([, p]) => p));
  return {
    counts: { tp: hits.length, fp: predicted.length - pairs.length, fn: gold.length - hits.length },
    pairs: hits.map(([s, p]) => ({ gold: gold[slots[s]!.gi]!, predicted: predicted[p]! })),
    misses: gold.filter((_, i) => !hitGold.has(i)),
    falsePositives: predicted.filter((_, i) => !usedP.has(i)),
  };
}

export function scoreEvents(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[]): EventScore {
  const events = scoreEventVariant(gold, predicted, { status: true, dates: false });
  const withDates = scoreEventVariant(gold, predicted, { status: true, dates: true });
  const anyStatus = scoreEventVariant(gold, predicted, { status: false, dates: false });
  const placed = events.pairs.filter((x) => x.gold.place !== undefined);
  return {
    events,
    withDates,
    anyStatus,
    places: { correct: placed.filter((x) => x.predicted.place === x.gold.place).length, total: placed.length },
    wrongStatus: anyStatus.pairs.filter((x) => x.gold.status !== x.predicted.status),
    wrongDate: events.pairs.filter((x) => !datesAgree(x.gold, x.predicted)),
  };
}
