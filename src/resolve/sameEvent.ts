// Whether reports from different articles are one real-world event: nothing they both state
// disagrees (statuses may: a plan and its outcome are one event) and something they both state
// agrees: the ordinal ("second summit"), the place, a date of month precision or finer, or for
// letters, sanctions and visits the same parties in the same roles. Sanction reports often name
// different co-imposers of one package ("Saudi Arabia, Egypt and Bahrain" here, "Saudi Arabia,
// the UAE and Bahrain" there): two reports against the same targets (as countries) that share an
// imposer and give nobody two roles agree on their parties as if they named the same; other kinds
// with two or more principals each must name the same, but for visits: reports of one visit name some
// of its visitors ("Merkel's visit to Kyiv", "Merkel and Hollande visited Kiev"), so two whose visitors
// nest and whose hosts share one (or one names none) agree on their parties (visitorsNest). A summit and a meeting of the same
// principals on overlapping fine dates are one (summitIsMeeting). A report that something took
// place, in an article of a known day, is of no event dated after that day (an undated "May's
// letter to Tusk" in a 2017 article is not the letter of 2019 that names the same two). A visit and
// a meeting of the visitor with the host's side told in one sentence of one day are one (visitIsMeeting).
// A summit of three or more principals is a gathering whose reports list attendees, never all of
// them ("Brazil, Canada, Chile ... and Obama" here, "Obama and Cuba" there): two summit reports at
// one place, one of them naming three or more principals and the two sharing one, need not name
// the same (multilateral); other things (dates, status, ordinal) must still agree.
import { FINE_GRANULARITIES, type EventFact, type EventKind } from '../model/index.js';
import { compatible, inRole, overlaps, principals, sameSet } from '../extract/events/compatible.js';
import { MEETINGS } from '../extract/events/kindSets.js';
import { placesNest } from '../extract/events/placesNest.js';
import { MULTILATERAL } from './linkable.js';

const ROLED = new Set(['LETTER', 'SANCTION', 'VISIT']);

/** `published`: the publication day of b's article ('' unknown): a report that the event took place is of one on or before that day. */
export function sameEvent(a: EventFact, b: EventFact, published = ''): boolean {
  if (b.status === 'OCCURRED' && published && (a.when?.earliest ?? '') > published) return false;
  const sanctionsShared = sanctionsAgree(a, b);
  const pa = principals(a.participants);
  const pb = principals(b.participants);
  const visit = visitIsMeeting(a, b);
  const gathering = multilateral(a, b, pa, pb);
  const visitsShared = visitorsNest(a, b);
  const kind: EventKind | null = summitIsMeeting(a, b, pa, pb) ? 'SUMMIT' : visit ? 'MEETING' : null;
  // Sanctions and visits that agree on their parties so are weighed by compatible for the rest (its parties must nest).
  const rest = (e: EventFact) => ({ ...e, cued: false, ...(kind ? { kind } : {}), ...(sanctionsShared || gathering || visitsShared ? { participants: [] } : {}) });
  if (!compatible(rest(a), rest(b))) return false;
  // A visit's host country (hostOfPlace: "a visit to Qatar") is where its meeting was, not another side of it.
  const [sa, sb] = visit ? [sidesMet(a), sidesMet(b)] : [pa, pb];
  if (sa.size > 1 && sb.size > 1 && !sameSet(sa, sb) && !sanctionsShared && !gathering && !visitsShared) return false;
  if (visit || (a.ordinal !== null && a.ordinal === b.ordinal)) return true;
  if (a.place && a.place === b.place) return true;
  if (fine(a) && fine(b) && overlaps(a.when, b.when)) return a.kind === b.kind || kind !== null;
  if (ROLED.has(a.kind) && a.kind === b.kind) {
    const roles = (e: EventFact) => e.participants.map((p) => `${p.role}:${p.entity}`).sort().join(',');
    return roles(a) === roles(b) || (a.kind === 'LETTER' && lettersAgree(a, b)) || sanctionsShared;
  }
  return false;
}

const fine = (e: EventFact): boolean => !!e.when && FINE_GRANULARITIES.has(e.when.granularity);

/**
 * "Biden and Xi will meet on Monday" and "the Biden-Xi summit" on the same day: a summit and a
 * meeting are one when both name the same two or more principals and fine dates that overlap.
 * Not a meeting held beside a summit of others ("Obama met Castro at the Summit of the Americas"):
 * their principals differ.
 */
function summitIsMeeting(a: EventFact, b: EventFact, pa: ReadonlySet<string>, pb: ReadonlySet<string>): boolean {
  return a.kind !== b.kind && MEETINGS.has(a.kind) && MEETINGS.has(b.kind) && pa.size > 1 && sameSet(pa, pb) && fine(a) && fine(b) && overlaps(a.when, b.when);
}

/**
 * "X paid a visit to Qatar on Wednesday, where he met its emir": a visit and a meeting told in one
 * sentence, of one day, are one when every visitor is at the meeting and the meeting names someone
 * of the host's side (the visit's host, or the country it went to, as principals). Not meetings
 * told in other sentences ("landed in Riyadh on Tuesday" ... "met the king on Tuesday": the visit,
 * and a meeting during it), of another day, or with a third country's people.
 */
function visitIsMeeting(a: EventFact, b: EventFact): boolean {
  const [v, m] = a.kind === 'VISIT' ? [a, b] : [b, a];
  if (v.kind !== 'VISIT' || m.kind !== 'MEETING') return false;
  const day = (e: EventFact) => (e.when?.earliest && e.when.earliest === e.when.latest ? e.when.earliest : null);
  if (day(v) === null || day(v) !== day(m)) return false;
  const told = new Set(v.evidence.map((e) => `${e.article}#${e.sentence}`));
  if (!m.evidence.some((e) => told.has(`${e.article}#${e.sentence}`))) return false;
  const visitors = v.participants.filter((p) => p.role === 'visitor').map((p) => p.entity);
  const present = new Set(m.participants.map((p) => p.entity));
  if (visitors.length === 0 || !visitors.every((x) => present.has(x))) return false;
  const hosts = principals(v.participants.filter((p) => p.role === 'host'));
  const others = principals(m.participants.filter((p) => !visitors.includes(p.entity)));
  return [...others].some((c) => hosts.has(c) || (v.place !== null && placesNest(v.place, c)));
}

/**
 * "the Seventh Summit of the Americas in Panama City" with a dozen countries, and "the summit" in
 * Panama City with Obama and Cuba: summit reports at one place (clusterKeys files them so), one naming three
 * or more principals and both sharing one, are not told apart by their parties. Not summits of two
 * principals each (a pull-aside of two leaders is not another pair's), nor ones sharing no principal
 * (another body's summit in the same city), nor any without a place.
 */
function multilateral(a: EventFact, b: EventFact, pa: ReadonlySet<string>, pb: ReadonlySet<string>): boolean {
  if (a.kind !== 'SUMMIT' || b.kind !== 'SUMMIT' || !a.place || a.place !== b.place) return false;
  return (pa.size >= MULTILATERAL || pb.size >= MULTILATERAL) && [...pa].some((p) => pb.has(p));
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

/**
 * "Merkel's visit to Kyiv" and "Merkel and Hollande paid a visit to Kiev": reports of one visit name
 * some of its visitors, as sanction reports name some co-imposers. Two visit reports whose visitors
 * nest (the people of one among those of the other) and whose hosts share one (or one names none)
 * agree on their parties; something else must still agree (the place, a date).
 */
function visitorsNest(a: EventFact, b: EventFact): boolean {
  if (a.kind !== 'VISIT' || b.kind !== 'VISIT') return false;
  const [va, vb] = [inRole(a, 'visitor'), inRole(b, 'visitor')];
  if (va.size === 0 || vb.size === 0 || !([...va].every((v) => vb.has(v)) || [...vb].every((v) => va.has(v)))) return false;
  const [ha, hb] = [inRole(a, 'host'), inRole(b, 'host')];
  return ha.size === 0 || hb.size === 0 || [...ha].some((h) => hb.has(h));
}

/** The principals of a report without a visit's host country: the sides a meeting during the visit names. */
function sidesMet(e: EventFact): Set<string> {
  return principals(e.kind === 'VISIT' ? e.participants.filter((p) => !(p.role === 'host' && p.entity.startsWith('country:'))) : e.participants);
}
