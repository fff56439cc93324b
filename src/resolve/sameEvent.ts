// Whether reports from different articles are one real-world event: nothing they both state
// disagrees (statuses may: a plan and its outcome are one event) and something they both state
// agrees: the ordinal ("second summit"), the place, a date of month precision or finer, or for
// letters, sanctions and visits the same parties in the same roles.
import type { EventFact } from '../model/index.js';
import { compatible, overlaps, principals } from '../extract/events/compatible.js';

const FINE = new Set(['day', 'week', 'early-month', 'mid-month', 'late-month', 'month']);
const ROLED = new Set(['LETTER', 'SANCTION', 'VISIT']);

export function sameEvent(a: EventFact, b: EventFact): boolean {
  if (!compatible({ ...a, cued: false }, { ...b, cued: false })) return false;
  const pa = principals(a.participants);
  const pb = principals(b.participants);
  if (pa.size > 1 && pb.size > 1 && (pa.size !== pb.size || [...pa].some((x) => !pb.has(x)))) return false;
  if (a.ordinal !== null && a.ordinal === b.ordinal) return true;
  if (a.place && a.place === b.place) return true;
  if (a.when && b.when && FINE.has(a.when.granularity) && FINE.has(b.when.granularity) && overlaps(a.when, b.when)) return a.kind === b.kind;
  if (ROLED.has(a.kind) && a.kind === b.kind) {
    const roles = (e: EventFact) => e.participants.map((p) => `${p.role}:${p.entity}`).sort().join(',');
    return roles(a) === roles(b) || (a.kind === 'LETTER' && lettersAgree(a, b));
  }
  return false;
}

function lettersAgree(a: EventFact, b: EventFact): boolean {
  const who = (e: EventFact, role: string) => e.participants.find((p) => p.role === role)?.entity;
  return who(a, 'sender') !== undefined && who(a, 'sender') === who(b, 'sender') && (who(a, 'recipient') === undefined || who(b, 'recipient') === undefined || who(a, 'recipient') === who(b, 'recipient'));
}
