// The status of one event from its reports' statuses: the latest report's (a plan that is later
// called off, put off or held changes status), except that something reported as having taken
// place is not planned again: a report saying it OCCURRED outranks a later PLANNED or POSTPONED
// one (an article written before the event, or undated and so ordered by id, still speaks of
// the plan). A calling off stays the latest report's word.
//
//   mergedStatus('PLANNED', true)    // 'OCCURRED': one report says it took place
//   mergedStatus('CANCELLED', true)  // 'CANCELLED'
//   mergedStatus('PLANNED', false)   // 'PLANNED'
import type { EventStatus } from '../model/index.js';

export function mergedStatus(latest: EventStatus, someOccurred: boolean): EventStatus {
  return someOccurred && (latest === 'PLANNED' || latest === 'POSTPONED') ? 'OCCURRED' : latest;
}
