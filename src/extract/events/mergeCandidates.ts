// Within-article merge: each candidate joins the nearest earlier one it can be (compatible, or a
// meeting beside a summit), when they share a sentence or an anchor (ordinal, place, date, parties).
// Contract: pure but for the merged candidates it extends; keeps order of first mention.
import type { Candidate } from './candidate.js';
import { compatible, overlaps } from './compatible.js';
import { GATHERINGS } from './kindSets.js';
import { tighter } from './tighter.js';

/** "their summits in Singapore and in Hanoi", "his visits": several events under one plural noun. */
const PLURAL = /^(?:summits|meetings|visits|trips)$/i;

function plural(c: Candidate): boolean {
  return c.triggers.every((t) => PLURAL.test(t.text));
}

export function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const empty = c.participants.length === 0;
    // A plural names a set of events: no single event is it ("the third meeting, after their summits in Singapore and Hanoi").
    // One with no parties is the last compatible event told, unless a definite noun names it by
    // another place ("the Hanoi summit" is no earlier summit told without a place).
    // Nor does a summit with no parties make a meeting a summit ("Pompeo met Kim ... to finalize
    // arrangements for the summit": the summit is another event).
    // A gathering's place told by its predicate ("the summit will take place in Geneva") is news about the one told before.
    const named = c.definite && c.place !== null && (c.placeNamed || !GATHERINGS.has(c.kind));
    const joins = (o: Candidate) => !empty || ((!named || o.place === c.place) && !(c.kind === 'SUMMIT' && o.kind !== 'SUMMIT'));
    // "met Xi on the sidelines of the G20 summit": the hosting gathering is neither the meeting nor any event it joins.
    // Nor is a gathering the clause's act is timed by ("ahead of the summit, Trump met Moon") that act.
    const target = c.aside ? undefined : [...out].reverse().find((o) => !o.aside && !(o.landmark && sameSentence(o, c)) && plural(o) === plural(c) && (compatible(o, c) || nearbyMeeting(o, c)) && (empty || sameSentence(o, c) || anchored(o, c)) && joins(o));
    if (!target) {
      if (empty && c.antecedents) c.participants = c.antecedents;
      out.push(c);
      continue;
    }
    if (c.kind === 'SUMMIT' || (c.kind === 'MEETING' && target.kind === 'TALKS')) target.kind = c.kind;
    target.call ||= c.call;
    for (const p of c.participants) if (!target.participants.some((q) => q.entity === p.entity && q.role === p.role)) target.participants.push(p);
    target.place ??= c.place;
    target.ordinal ??= c.ordinal;
    target.count ??= c.count;
    target.calledOffIn ??= c.calledOffIn;
    target.description ??= c.description;
    target.measure ??= c.measure;
    target.when = tighter(target.when, c.when);
    // The status the article ends on: "called off ... but June 12 hasn't changed" is a plan again. A plan
    // with no day of its own told after an event the page dates as done is its history ("rescinded the
    // designation Friday ... the report indicating the intent to rescind it"), not news that undoes it.
    if (c.cued && !retold(target, c)) [target.status, target.cued] = [c.status, true];
    target.anchors = [...new Set([...target.anchors, ...c.anchors])];
    target.triggers.push(...c.triggers);
    target.sentences.push(...c.sentences);
  }
  return out;
}

/** A plan without a day, told of an event the page dates as done. */
function retold(done: Candidate, plan: Candidate): boolean {
  return plan.status === 'PLANNED' && plan.when === null && done.status === 'OCCURRED' && done.anchors.includes('date');
}

/** "Trump and Kim met for their first summit": a meeting told in or right after a summit's sentence is that summit. */
function nearbyMeeting(a: Candidate, b: Candidate): boolean {
  const kinds = new Set([a.kind, b.kind]);
  const near = a.sentences.some((s) => b.sentences.some((t) => Math.abs(s - t) <= 1));
  // "Kim held talks with Xi" beside the summit they are part of: the talks are that summit.
  if (b.kind === 'TALKS' && (a.kind === 'SUMMIT' || a.kind === 'MEETING') && near && b.status === a.status) {
    return b.participants.every((p) => a.participants.some((q) => q.entity === p.entity));
  }
  if (!kinds.has('SUMMIT') || !kinds.has('MEETING')) return false;
  // "Pompeo met Kim ... to finalize arrangements for the summit": a summit with no parties of its own in another clause is another event.
  if ((a.participants.length === 0 || b.participants.length === 0) && a.clause !== b.clause) return false;
  if (![...a.triggers, ...b.triggers].some((t) => /^(?:met|meet|meets)$/i.test(t.text))) return false;
  return near && compatible({ ...a, kind: 'SUMMIT', ordinal: null }, { ...b, kind: 'SUMMIT', ordinal: null });
}

function sameSentence(a: Candidate, b: Candidate): boolean {
  return a.sentences.some((s) => b.sentences.includes(s));
}

/** Something both state and agree on: ordinal, place, a shared date, or the same named parties. */
function anchored(a: Candidate, b: Candidate): boolean {
  if (b.copula && !b.when && !b.place) return true;
  if (a.ordinal !== null && a.ordinal === b.ordinal) return true;
  if (a.place && a.place === b.place) return true;
  if (a.when && b.when && overlaps(a.when, b.when)) return true;
  if (b.place || b.when || b.ordinal !== null) return false;
  // Nothing new about who took part: "the summit" with Kim after "the second summit between Trump and Kim".
  return b.participants.every((p) => a.participants.some((q) => q.entity === p.entity));
}
