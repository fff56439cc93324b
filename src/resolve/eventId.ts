// Event ids are deterministic and order-independent: a hash of the event kind, its first piece
// of evidence (article id and sentence, the smallest in sort order) and who takes part in which
// role, so a cluster of reports gets the same id whichever article was ingested first, and two
// letters told in one sentence get two ids.
import { createHash } from 'node:crypto';
import type { Evidence, EventKind, Participant } from '../model/index.js';

export function eventId(kind: EventKind, evidence: Evidence[], participants: Participant[]): string {
  const first = evidence.map((e) => `${e.article}#${String(e.sentence).padStart(5, '0')}`).sort()[0] ?? '';
  return `event:${kind.toLowerCase()}-${createHash('sha256').update(`${kind}|${first}|${participants.map((p) => `${p.role}:${p.entity}`).sort().join(',')}`).digest('hex').slice(0, 12)}`;
}
