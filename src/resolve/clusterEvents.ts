// Event coreference across articles, all at once: the reports of a set of articles as events
// (replayClusters.ts adding every report to an empty clustering). Each report joins the first
// cluster, in order of creation, whose merged view is sameEvent with it (so a cluster's date,
// place and ordinal constrain every later member: no chaining of "Hanoi" to "February" to
// "April 27"); reports are taken richest first, then by id (reportOrder.ts), so the result does
// not depend on the order the articles arrived in. Each cluster merges into one event.
//
//   clusterEvents(threeHanoiReports) -> [one SUMMIT with three sources]
import type { EventFact } from '../model/index.js';
import { mergeEvents } from './mergeEvents.js';
import { compareReports } from './reportOrder.js';
import { emptyWants, publishedOf, replayClusters, type Report } from './replayClusters.js';

const NOTHING_STORED = {
  clustersUnder: () => [],
  membersOf: () => undefined,
  reportsUnder: () => [],
  reportAt: () => undefined,
};

export function clusterEvents(reports: readonly Report[]): EventFact[] {
  const result = replayClusters(NOTHING_STORED, reports, [], emptyWants());
  if (!result) throw new Error('clusterEvents: an empty clustering wanted stored data');
  const clusters = [...result.clusters.values()].filter((c) => c.length > 0);
  clusters.sort((a, b) => compareReports(a[0]!.fact, b[0]!.fact));
  return clusters.map((c) => mergeEvents(c.map((r) => r.fact), publishedOf(c)));
}
