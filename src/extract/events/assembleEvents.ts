// Assemble stage: one article's mentions -> EventFact[]. Contract: pure, per article. Each event
// trigger becomes a candidate with participants and roles (participants, letterRoles,
// sanctionRoles, visitRoles), the time and place of its sentence that lie nearest to it, an
// ordinal ("second summit"); then candidates that can be one event merge (compatible), the
// nearest earlier one first, and candidates left with nobody taking part are dropped.
// Example: "Moon will arrive in the U.S. on April 10 and hold a summit with Trump the following
// day" -> VISIT (Moon -> United States, 2019-04-10, PLANNED) and SUMMIT (Moon, Trump, 2019-04-11, PLANNED).
import type { EntityMention, EventFact, EventMention, Mentions, Span, TriggerMention } from '../../model/index.js';
import type { SentenceClauses } from '../clauses/clauseTypes.js';
import type { ExtractContext } from '../context.js';
import { announcedDay } from './announcedDay.js';
import { datesFromReportedDay } from './reportedDay.js';
import { datesLeadEncounters } from './leadEncounter.js';
import { attachTimesAndPlaces } from './attachTimesAndPlaces.js';
import type { Candidate } from './candidate.js';
import { candidatesFor } from './candidatesFor.js';
import { clauseAnchors } from './clauseAnchors.js';
import { clauseEntities } from './clauseEntities.js';
import { openTargets, sanctionClause } from './sanctionClause.js';
import { siteOf } from './triggerSite.js';
import { datesFromVisitorMeeting } from './datesFromVisitorMeeting.js';
import { daysOfTalks } from './daysOfTalks.js';
import { destinationsFromPurpose } from './destinationsFromPurpose.js';
import { hostAtHome } from './hostAtHome.js';
import { hostOfPlace } from './hostOfPlace.js';
import { hostlessTrip } from './hostlessTrip.js';
import { attendanceTrips } from './attendanceTrips.js';
import { inferFollowingOrdinals } from './inferFollowingOrdinals.js';
import { isSummitOfLeaders } from './isSummitOfLeaders.js';
import { GATHERINGS } from './kindSets.js';
import { leadersForCountries } from './leadersForCountries.js';
import { bodyHeads, bodyHeadsIn } from './bodyHeads.js';
import { representedBy } from './representedBy.js';
import { mergeCandidates } from './mergeCandidates.js';
import { quotedSpans } from './quotedSpans.js';
import { datesRecentlyEnded } from './recentlyEnded.js';
import { datesRecentlyMet } from './recentlyMet.js';
import { datesRecentlyActed } from './recentlyActed.js';
import { datesFromPostedDay } from './postedDay.js';
import { definiteAt, nounGroupAt, salientPair, salientParties } from './salientParties.js';
import { toFact, toMention } from './toFact.js';


export function assembleEvents(ctx: ExtractContext, mentions: Mentions, sentences: Span[], doc: readonly SentenceClauses[]): { events: EventFact[]; mentions: EventMention[] } {
  const candidates = assembleCandidates(ctx, mentions, sentences, doc);
  // An event is what the text anchors; the rest are mentions of events ("ahead of the summit").
  return {
    events: candidates.filter((c) => c.anchors.length > 0).map((c, i) => toFact(ctx, c, i, sentences)),
    mentions: candidates.filter((c) => c.anchors.length === 0).map((c) => toMention(ctx, c, sentences)),
  };
}

/** Verbs whose subject, a gathering, thereby takes place: "the talks will resume", "the first round of talks will begin". */
const TAKING_PLACE = new Set('take begin start open resume continue extend end conclude convene go happen occur'.split(' '));

/**
 * A gathering that is the subject of a future verb, or the setting ("in", "during", "at") of one, is still ahead when
 * told: "the talks will resume", "said the summit would restore unity", "at the summit they will sign a deal".
 * Not a perfect ("would have ended") or a negation.
 */
function aheadAsSubject(doc: readonly SentenceClauses[], trigger: Span): boolean {
  const site = siteOf(doc, trigger);
  const verb = site?.clause.verb;
  if (site === null || !verb || verb.tense !== 'future' || verb.perfect || verb.negated) return false;
  // "in their talks in Moscow they would propose a plan": the gathering that will be the setting of a future act is ahead too.
  const a = site.argument;
  const setting = site.role === 'prep' && a !== null && ['in', 'during', 'at'].includes(a.prep ?? '') && !site.sentence.tokens.slice(a.start, site.token).some((t) => t.text.toLowerCase() === 'of');
  if (site.role !== 'subject' && !setting) return false;
  if (site.role === 'subject' && verb.mood === 'realis' && TAKING_PLACE.has(verb.lemma)) return true;
  // "The focus of the summit was to restore ...", "in the run-up of the talks": a gathering after "of" completes another noun, it does not head the phrase.
  const before = site.sentence.tokens.slice(Math.max(0, site.argument!.start - 2), site.argument!.start).map((t) => t.text.toLowerCase());
  return (verb.mood === 'realis' || verb.mood === 'conditional') && !before.includes('of');
}

/** The article's merged candidates, each with its anchors, before mentions are told from events. */
export function assembleCandidates(ctx: ExtractContext, mentions: Mentions, sentences: Span[], doc: readonly SentenceClauses[]): Candidate[] {
  const sentenceOf = (pos: number) => sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const candidates: Candidate[] = [];
  // "rescinded Cuba's designation as a State Sponsor of Terrorism": a sanctions list the tagger read as an organisation is the list, no actor.
  const lists = new Set(mentions.entities.filter((e) => isListName(e, mentions.triggers)));
  const actors = lists.size === 0 ? mentions.entities : mentions.entities.filter((e) => !lists.has(e));
  for (const t of mentions.triggers) {
    const si = sentenceOf(t.start);
    if (si < 0 || actors.some((e) => e.start <= t.start && t.end <= e.end)) continue;
    // Words quoted in the sentence are someone's speech: their names take no part in an event told outside the quote.
    const quotes = quotedSpans(sentences[si]!).filter(([a, b]) => !(a <= t.start && t.end <= b));
    const entities = quotes.length === 0 ? actors : actors.filter((m) => !quotes.some(([a, b]) => a <= m.start && m.end <= b));
    const site = siteOf(doc, t);
    for (const c of candidatesFor(ctx, t, si, sentences[si]!, clauseEntities(doc, t, entities), site, entities)) candidates.push(site ? { ...c, clause: `${site.si}:${site.clauseIndex}`, definite: definiteAt(site), nounGroup: nounGroupAt(site) } : c);
  }
  // "Talks between A, B and C were expected to continue on Saturday": a gathering that is the subject of a future
  // verb of taking place is still ahead, however long the list of its parties that the status words look past.
  for (const c of candidates) if (GATHERINGS.has(c.kind) && c.status === 'OCCURRED' && aheadAsSubject(doc, c.triggers[0]!)) [c.status, c.cued] = ['PLANNED', true];
  attachTimesAndPlaces(ctx, candidates, mentions, sentences, sentenceOf, doc);
  // A body plus a place recurs every few months and identifies no summit: a summit whose parties came from a collective
  // keeps them only when told as done on a date (month or finer) of its own clause; otherwise it is the candidate it was.
  for (const c of candidates) {
    if (!c.clauseParties) continue;
    if (c.status !== 'OCCURRED' || !c.anchors.includes('date')) c.participants = c.clauseParties;
    else c.by = `${c.by}+events/collectiveParties`;
    delete c.clauseParties;
  }
  announcedDay(ctx, candidates, mentions.times, doc);
  datesFromReportedDay(ctx, candidates, mentions.times, doc);
  datesRecentlyEnded(ctx, candidates, doc);
  datesRecentlyMet(ctx, candidates, doc);
  datesRecentlyActed(ctx, candidates, doc);
  // A signed post's own day is surer than the page's day the lead's news takes.
  datesFromPostedDay(ctx, candidates, mentions, sentences, doc);
  datesLeadEncounters(ctx, candidates, doc);
  // "wrapped up seven days of talks on Monday": the round is the days the count spans, not the day it ended.
  daysOfTalks(ctx.text, candidates, doc);
  for (const c of candidates) {
    const g = c.nounGroup;
    c.placeNamed = g !== undefined && mentions.entities.some((e) => e.id === c.place && e.start >= g[0] && e.end <= g[1]);
  }
  for (const c of candidates) if (c.kind === 'SANCTION') sanctionClause(c, doc, actors);
  openTargets(candidates, ctx.text);
  for (const c of candidates) if (c.kind === 'SUMMIT') leadersForCountries(c, ctx, mentions.entities);
  for (const c of candidates) if (isSummitOfLeaders(c, ctx.reference)) c.kind = 'SUMMIT';
  inferFollowingOrdinals(candidates);
  // "It was the third meeting": told in the past, it is about something that took place.
  for (const c of candidates) if (c.copula && /^\W*\w+\s+was\b/i.test(sentences[c.sentences[0]!]!.text)) [c.status, c.cued] = ['OCCURRED', true];
  // "The two leaders shook hands": the pair the article keeps pairing, when one leads, rather than the last two
  // people named (who may come from an aside: "the two last met when Biden was vice president under Obama").
  const pair = salientPair(candidates);
  if (pair) for (const c of candidates) if (c.antecedents && c.antecedents.some((p) => !pair.some((q) => q.entity === p.entity))) c.antecedents = pair.map((p) => ({ ...p }));
  // "The two leaders had been due to meet": leaders an anaphor points to meet in a summit, maybe one told before.
  for (const c of candidates) if (c.participants.length === 0 && c.antecedents && isSummitOfLeaders({ ...c, participants: c.antecedents }, ctx.reference)) c.kind = 'SUMMIT';
  const merged = mergeCandidates(candidates);
  // Anchors of each trigger's own clause, once merging has told who an anaphor means ("the two leaders have met").
  for (const c of merged) for (const t of c.triggers) c.anchors = [...new Set([...c.anchors, ...clauseAnchors({ ...c, triggers: [t] }, doc)])];
  for (const c of merged) c.when ??= c.calledOffIn ?? null;
  // "X will represent Israel" beside a gathering of countries: X is Israel's party in it.
  representedBy(ctx.text, merged, mentions.entities, sentences);
  // Parties of the story for "the summit" told without any (after anchors: they are no named pair).
  salientParties(merged, GATHERINGS);
  destinationsFromPurpose(merged);
  datesFromVisitorMeeting(merged, doc);
  // "X meets Y in Doha": the side at home hosts, the other visits (after merging, once the place is the event's own).
  hostAtHome(ctx.text, merged, mentions.entities);
  // "a visit to Doha": the country the visit went to hosts it.
  hostOfPlace(ctx.text, merged, mentions.entities);
  // A trip made to attend a gathering is the gathering's attendance, no visit of its own.
  attendanceTrips(ctx.text, merged, mentions.entities, doc);
  // Participants an anaphor gave only in merging: "the two leaders met" may be a summit too.
  for (const c of merged) if (isSummitOfLeaders(c, ctx.reference)) c.kind = 'SUMMIT';
  // "a European Union summit" and "European Council President Donald Tusk": the body's head chairs its summit.
  const heads = bodyHeadsIn(ctx.text, mentions.entities);
  for (const c of merged) bodyHeads(c, heads);
  return merged
    // A gathering needs two sides, unless it is a body's own ("the Group of 20 summit"), one convened or one joined.
    .filter((c) => c.participants.length >= (GATHERINGS.has(c.kind) && c.participants[0]?.kind !== 'ORGANIZATION' && !c.solo && !c.joinedAlone ? 2 : 1))
    // A trip with no destination says too little to place; a weapons test threatened is no test.
    .filter((c) => !(c.kind === 'VISIT' && !c.place) && !(c.kind === 'WEAPONS_TEST' && c.status === 'PLANNED'))
    // A trip to a region or home is hosted by no one: no visit ("arrived in Asia", "flew back to Washington").
    .filter((c) => !hostlessTrip(ctx.text, c, mentions.entities))
    // "over his nuclear tests", "family visits": tests or visits in the plural, undated and uncounted, are a history or a kind, not one event.
    .filter((c) => !(c.kind === 'WEAPONS_TEST' && !c.when && !c.count && c.triggers.every((t) => /(?:tests|launches)$/i.test(t.text))))
    .filter((c) => !(c.kind === 'VISIT' && !c.when && !c.count && c.triggers.every((t) => /^(?:visits|trips)$/i.test(t.text))))
    // "voiced in phone conversations with Merkel, Hollande and Poroshenko in recent weeks": calls in the plural, undated, are several, none of them one event.
    .filter((c) => !(c.kind === 'MEETING' && c.call && !c.when && !c.count && c.triggers.every((t) => /(?:calls|conversations)$/i.test(t.text))));
}

/** An organisation the tagger found whose words are a sanctions trigger's own ("State Sponsors of Terrorism", "the Entity List"). */
function isListName(e: EntityMention, triggers: readonly TriggerMention[]): boolean {
  if (e.kind !== 'ORGANIZATION') return false;
  const words = e.text.replace(/^the\s+/i, '').toLowerCase();
  return triggers.some((t) => t.kind === 'SANCTION' && t.start < e.end && e.start < t.end && t.text.toLowerCase() === words);
}
