// The status of one event from its reports' statuses: the latest report's (a plan that is later
// called off, put off or held changes status), except that an event reported as having taken
// place is not planned again: a report saying it OCCURRED outranks a PLANNED or POSTPONED one
// ordered after it (reports of undated articles are ordered by id, and inferred publication days
// are intervals, so "after" is often unknown). A calling off stays the latest report's word.
//
//   mergedStatus('PLANNED', true)    // 'OCCURRED': one report says it took place
//   mergedStatus('CANCELLED', true)  // 'CANCELLED'
//   mergedStatus('PLANNED', false)   // 'PLANNED'
import type { EventStatus } from '../model/index.js';

/** `latest`: the latest report's status; `someOccurred`: whether any report says OCCURRED. */
export function mergedStatus(latest: EventStatus, someOccurred: boolean): EventStatus {
  return someOccurred && (latest === 'PLANNED' || latest === 'POSTPONED') ? 'OCCURRED' : latest;
}
