// Micro-averaged totals over all articles, per category, and the overall score (entities, time
// values and events together). Category names are what --min-f1 and the JSON report use.
// Example: summarise(results).categories.entities -> { gold: 980, predicted: 1003, tp: 870, fp: 133, fn: 110, precision: …, recall: …, f1: … }
import { addCounts, prf, type Counts, type Scores } from './prf.js';
import type { ArticleResult } from './scoreArticle.js';

export const CATEGORY_NAMES = [
  'entities',
  'entities.span',
  'times',
  'times.span',
  'times.interval',
  'events',
  'events+dates',
  'events.anyStatus',
  'events.anchored',
  'mentions',
  'overall',
] as const;
export type CategoryName = (typeof CATEGORY_NAMES)[number];

export const CATEGORY_LABELS: Record<CategoryName, string> = {
  entities: 'entities (kind + id + span)',
  'entities.span': 'entities, span only',
  times: 'times (span + TIMEX3 value)',
  'times.span': 'times, span only',
  'times.interval': 'times, span + interval',
  events: 'events (kind, participants, status)',
  'events+dates': 'events + dates within gold',
  'events.anyStatus': 'events, status ignored',
  'events.anchored': 'anchored events (gold without mention)',
  mentions: 'mentions (gold mention vs event mentions)',
  overall: 'overall (micro: entities, times, events)',
};

export type CategoryTotals = Counts & Scores & { gold: number; predicted: number };

export interface Summary {
  articles: number;
  categories: Record<CategoryName, CategoryTotals>;
  publication: { correct: number; total: number; undatedCorrect: number; undatedTotal: number };
  places: { correct: number; total: number };
  /** Event mentions the product kept, those that repeat a gold event (redundant), gold mentions it made events. */
  eventMentions: { predicted: number; redundant: number; madeEvents: number };
}

export function countsOf(r: ArticleResult): Record<Exclude<CategoryName, 'overall'>, Counts> {
  return {
    entities: r.entities.linked,
    'entities.span': r.entities.detected,
    times: r.times.values,
    'times.span': r.times.detected,
    'times.interval': r.times.intervals,
    events: r.events.events.counts,
    'events+dates': r.events.withDates.counts,
    'events.anyStatus': r.events.anyStatus.counts,
    'events.anchored': r.mentions.anchored.counts,
    mentions: r.mentions.mentions.counts,
  };
}

export function totals(c: Counts): CategoryTotals {
  return { gold: c.tp + c.fn, predicted: c.tp + c.fp, ...c, ...prf(c) };
}

export function summarise(results: readonly ArticleResult[]): Summary {
  const per = results.map(countsOf);
  const sum = (name: Exclude<CategoryName, 'overall'>) => addCounts(...per.map((c) => c[name]));
  const categories = {} as Record<CategoryName, CategoryTotals>;
  for (const name of CATEGORY_NAMES) if (name !== 'overall') categories[name] = totals(sum(name));
  categories.overall = totals(addCounts(sum('entities'), sum('times'), sum('events')));
  const undated = results.filter((r) => r.predicted.dateSource === 'inferred' || r.predicted.dateSource === 'none');
  return {
    articles: results.length,
    categories,
    publication: {
      correct: results.filter((r) => r.publication.correct).length,
      total: results.length,
      undatedCorrect: undated.filter((r) => r.publication.correct).length,
      undatedTotal: undated.length,
    },
    places: results.reduce((a, r) => ({ correct: a.correct + r.events.places.correct, total: a.total + r.events.places.total }), { correct: 0, total: 0 }),
    eventMentions: {
      predicted: results.reduce((n, r) => n + r.predicted.eventMentions.length, 0),
      redundant: results.reduce((n, r) => n + r.mentions.redundant.length, 0),
      madeEvents: results.reduce((n, r) => n + r.mentions.madeEvents.length, 0),
    },
  };
}
