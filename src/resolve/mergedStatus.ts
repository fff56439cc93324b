// The status of one event from its reports' statuses: the latest report's (a plan that is later
// called off, put off or held changes status), except that
// - an event reported as having taken place is not planned again: a report saying it OCCURRED
//   outranks a PLANNED or POSTPONED one ordered after it (reports of undated articles are ordered
//   by id, and inferred publication days are intervals, so "after" is often unknown);
// - when no report's article has a date, which came last is unknown, and a plan's later stage
//   outranks the plan: a calling off or a putting off is not undone by a report of the plan.
//
//   mergedStatus('PLANNED', new Set(['OCCURRED', 'PLANNED']), true)     // 'OCCURRED'
//   mergedStatus('PLANNED', new Set(['CANCELLED', 'PLANNED']), false)   // 'CANCELLED': undated, order unknown
//   mergedStatus('PLANNED', new Set(['CANCELLED', 'PLANNED']), true)    // 'PLANNED': revived after its calling off
import type { EventStatus } from '../model/index.js';

/** `latest`: the latest report's status; `all`: every report's; `dated`: whether the latest report's article has a date. */
export function mergedStatus(latest: EventStatus, all: ReadonlySet<EventStatus>, dated: boolean): EventStatus {
  if (latest !== 'PLANNED' && latest !== 'POSTPONED') return latest;
  if (all.has('OCCURRED')) return 'OCCURRED';
  if (!dated && all.has('CANCELLED')) return 'CANCELLED';
  return !dated && all.has('POSTPONED') ? 'POSTPONED' : latest;
}
