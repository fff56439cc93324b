// Whether reports from different articles are one real-world event: nothing they both state
// disagrees (statuses may: a plan and its outcome are one event) and something they both state
// agrees: the ordinal ("second summit"), the place, a date of month precision or finer, or for
// letters, sanctions and visits the same parties in the same roles. Sanction reports often name
// different co-imposers of one package ("Saudi Arabia, Egypt and Bahrain" here, "Saudi Arabia,
// the UAE and Bahrain" there): two reports against the same targets (as countries) that share an
// imposer and give nobody two roles agree on their parties as if they named the same; other kinds
// with two or more principals each must name the same.
import { FINE_GRANULARITIES, type EventFact } from '../model/index.js';
import { compatible, overlaps, principals } from '../extract/events/compatible.js';

const ROLED = new Set(['LETTER', 'SANCTION', 'VISIT']);

export function sameEvent(a: EventFact, b: EventFact): boolean {
  const sanctionsShared = sanctionsAgree(a, b);
  // Sanctions that agree on their parties so are weighed by compatible for the rest (its parties must nest).
  const rest = (e: EventFact) => ({ ...e, cued: false, ...(sanctionsShared ? { participants: [] } : {}) });
  if (!compatible(rest(a), rest(b))) return false;
  const pa = principals(a.participants);
  const pb = principals(b.participants);
  if (pa.size > 1 && pb.size > 1 && !sameSet(pa, pb) && !sanctionsShared) return false;
  if (a.ordinal !== null && a.ordinal === b.ordinal) return true;
  if (a.place && a.place === b.place) return true;
  if (a.when && b.when && FINE_GRANULARITIES.has(a.when.granularity) && FINE_GRANULARITIES.has(b.when.granularity) && overlaps(a.when, b.when)) return a.kind === b.kind;
  if (ROLED.has(a.kind) && a.kind === b.kind) {
    const roles = (e: EventFact) => e.participants.map((p) => `${p.role}:${p.entity}`).sort().join(',');
    return roles(a) === roles(b) || (a.kind === 'LETTER' && lettersAgree(a, b)) || sanctionsShared;
  }
  return false;
}

function lettersAgree(a: EventFact, b: EventFact): boolean {
  const who = (e: EventFact, role: string) => e.participants.find((p) => p.role === role)?.entity;
  return who(a, 'sender') !== undefined && who(a, 'sender') === who(b, 'sender') && (who(a, 'recipient') === undefined || who(b, 'recipient') === undefined || who(a, 'recipient') === who(b, 'recipient'));
}

/** Two sanction reports against the same targets (as countries), with an imposer in common and nobody in two roles. */
function sanctionsAgree(a: EventFact, b: EventFact): boolean {
  if (a.kind !== 'SANCTION' || b.kind !== 'SANCTION') return false;
  const of = (e: EventFact, role: string) => principals(e.participants.filter((p) => p.role === role));
  const [ta, tb, ia, ib] = [of(a, 'target'), of(b, 'target'), of(a, 'imposer'), of(b, 'imposer')];
  const crossed = [...ia].some((v) => tb.has(v)) || [...ib].some((v) => ta.has(v));
  return ta.size > 0 && sameSet(ta, tb) && [...ia].some((v) => ib.has(v)) && !crossed;
}

function sameSet(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return x.size === y.size && [...x].every((v) => y.has(v));
}
