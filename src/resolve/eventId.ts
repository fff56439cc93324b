// Event ids are deterministic, order-independent and unique: a hash of the event kind and the id
// of its first report in clustering order (reportOrder.ts; report ids are unique, each report is in
// one event), so a cluster of reports gets the same id whichever article was ingested first, and
// two events told in one sentence (a second summit that took place, a third one planned) get two.
//
//   eventId('SUMMIT', 'event:2cc7fec936d62aef') -> 'event:summit-3f1a...'
import { createHash } from 'node:crypto';
import type { EventKind } from '../model/index.js';

export function eventId(kind: EventKind, firstReport: string): string {
  return `event:${kind.toLowerCase()}-${createHash('sha256').update(`${kind}|${firstReport}`).digest('hex').slice(0, 12)}`;
}
