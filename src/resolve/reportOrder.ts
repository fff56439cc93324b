// The order in which event reports are clustered (clusterEvents' greedy): richest first (dated,
// placed, numbered), then by id. A report's place in it depends on the report alone, so every
// article's reports fall into one global order whatever order the articles arrive in.
//
//   [undatedReport, datedPlacedReport].sort(compareReports) -> [datedPlacedReport, undatedReport]
import type { EventFact } from '../model/index.js';

/** The comparison clusterEvents always used for ids (String.prototype.localeCompare's), cached. */
const byLocale = new Intl.Collator().compare;
const PRECISE = new Set(['day', 'week', 'early-month', 'mid-month', 'late-month']);

/** How much a report pins its event down: date precision, place, ordinal, a little for participants. */
export function richness(e: EventFact): number {
  const when = !e.when?.earliest ? 0 : PRECISE.has(e.when.granularity) ? 3 : e.when.granularity === 'month' ? 2 : 1;
  return when + (e.place ? 2 : 0) + (e.ordinal !== null ? 2 : 0) + Math.min(e.participants.length, 3) * 0.1;
}

export function compareReports(a: EventFact, b: EventFact): number {
  return richness(b) - richness(a) || byLocale(a.id, b.id);
}
