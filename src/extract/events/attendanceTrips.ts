// A trip made to attend a gathering of many sides is that gathering's attendance, not a visit of
// its own: "leaders have arrived in Bali to attend the conference", "Obama travels to Panama City to
// participate in the Summit of the Americas", "flew to Geneva to take part in the talks". The place
// such a trip names is the gathering's, so without a day of its own it stays a mention (no anchors):
// the gathering it serves is the event. It stays a visit when its own clause dates it ("is to fly to
// Beijing to attend a forum on Friday"), or when its visitor also meets the host: a host person in the
// trip's own clause ("flew to Reykjavik to attend the meeting and met its prime minister"), or a
// meeting the page tells of the visitor with a person of the country visited ("in his meetings
// with Icelandic President X"); or unless the gathering is a ceremony, which the destination's
// side holds ("to attend a flag-raising ceremony": a visit).
// Contract: mutates the candidates' anchors in place; runs once hosts are known (after hostOfPlace).
// Example: VISIT [Xi (visitor), Indonesia (host)] of "arrived in Bali to attend the conference" -> anchors [].
import type { EntityMention } from '../../model/index.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import { gazetteer } from '../entities/gazetteer.js';
import type { Candidate } from './candidate.js';
import { homeOf } from './hostAtHome.js';
import { GATHERINGS } from './kindSets.js';
import { siteOf } from './triggerSite.js';

/** Verbs of taking part and whether the gathering is their object ("attend the summit") or after "in" ("participate in the talks"). */
const ATTENDING: ReadonlyMap<string, 'object' | 'in'> = new Map([['attend', 'object'], ['join', 'object'], ['participate', 'in'], ['take', 'in']]);
/** Head nouns of gatherings of many sides; the head comes before any "of" ("the Summit of the Americas"). */
const GATHERING = /\b(?:summits?|conferences?|forums?|assembl(?:y|ies)|congress(?:es)?|conventions?|ministerials?|talks|negotiations|games|olympics)\b/i;

export function attendanceTrips(text: string, candidates: Candidate[], mentions: readonly EntityMention[], doc: readonly SentenceClauses[]): void {
  for (const c of candidates) {
    if (c.kind !== 'VISIT' || c.when || c.anchors.length === 0 || c.participants.some((p) => p.role === 'host' && p.kind === 'PERSON')) continue;
    if (c.triggers.every((t) => attends(doc, t)) && !meetsHost(text, c, candidates, mentions)) c.anchors = [];
  }
}

/** Whether the page tells the trip's visitor meeting a person of the country the trip is hosted by. */
function meetsHost(text: string, trip: Candidate, candidates: Candidate[], mentions: readonly EntityMention[]): boolean {
  const g = gazetteer();
  const hosts = new Set(trip.participants.filter((p) => p.role === 'host').map((p) => g.byId.get(p.entity)?.country).filter((x) => x));
  const visitors = new Set(trip.participants.filter((p) => p.role === 'visitor').map((p) => p.entity));
  return candidates.some((o) => GATHERINGS.has(o.kind) && o.participants.some((p) => visitors.has(p.entity))
    && o.participants.some((p) => p.kind === 'PERSON' && !visitors.has(p.entity) && hosts.has(homeOf(p.entity, mentions, text) ?? '')));
}

/** Whether the trigger is a verb of motion whose purpose clause takes part in a gathering. */
function attends(doc: readonly SentenceClauses[], trigger: { start: number; end: number }): boolean {
  const site = siteOf(doc, trigger);
  if (!site || site.role !== 'verb') return false;
  const words = (a: { start: number; end: number }) => site.sentence.tokens.slice(a.start, a.end).map((t) => t.text).join(' ').split(/\s+of\s+/i)[0]!;
  return site.sentence.clauses.some((k) => {
    const how = k.parent === site.clauseIndex && k.kind === 'purpose' && k.verb && !k.verb.negated ? ATTENDING.get(k.verb.lemma) : undefined;
    if (how === 'object') return k.objects.some((a) => GATHERING.test(words(a)));
    // "take part in": the object is "part"; "participate in": no object.
    if (how === 'in' && (k.verb!.lemma !== 'take' || k.objects.some((a) => /^part$/i.test(words(a))))) return k.preps.some((a) => a.prep === 'in' && GATHERING.test(words(a)));
    return false;
  });
}
