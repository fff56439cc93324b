// Assemble stage: one article's mentions -> EventFact[]. Contract: pure, per article. Each event
// trigger becomes a candidate with participants and roles (participants, letterRoles,
// sanctionRoles, visitRoles), the time and place of its sentence that lie nearest to it, an
// ordinal ("second summit"); then candidates that can be one event merge (compatible), the
// nearest earlier one first, and candidates left with nobody taking part are dropped.
// Example: "Moon will arrive in the U.S. on April 10 and hold a summit with Trump the following
// day" -> VISIT (Moon -> United States, 2019-04-10, PLANNED) and SUMMIT (Moon, Trump, 2019-04-11, PLANNED).
import { createHash } from 'node:crypto';
import type { EntityMention, EventFact, Mentions, Span, TimeSpan, TriggerMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer, homeCountry } from '../entities/gazetteer.js';
import { officeHolder } from '../entities/officeHolder.js';
import type { Candidate, CandidateParticipant } from './candidate.js';
import { compatible, overlaps } from './compatible.js';
import { eventTitle } from './eventTitle.js';
import { letterRoles } from './letterRoles.js';
import { participantsFor } from './participants.js';
import { sanctionRoles } from './sanctionRoles.js';
import { visitRoles } from './visitRoles.js';
import { ordinals } from './ordinals.js';
import { calendarWords } from '../time/calendarWords.js';
import { isSpeaker } from './speakers.js';
import { antecedent } from './antecedent.js';

export const EXTRACTOR_VERSION = 'newsgraph-rules@1';
const ORDINAL_BEFORE = new RegExp(`\\b(${ordinals.pattern})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
/** "met Kim three times last year", "have met five times since": a count within the trigger's clause. */
const COUNT_AFTER = new RegExp(`^\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?(${calendarWords.countPattern}|twice)\\s+times\\b`, 'iu');
const MAX_ATTACH = 70;
const STALLED = /\b(?:stall(?:ed|ing|s)?|deadlock(?:ed)?|stalemate|stuck|frozen|moribund)\b/i;
const CONVENED = /\b(?:convened|convenes|convening|chaired|chairs|presided\s+over)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const GATHERINGS = new Set(['SUMMIT', 'MEETING', 'TALKS']);
/** "Moon said Sunday": the day a speaker spoke, not the day of what he reports. */
const SPEECH_BEFORE = /\b(?:said|says|told\s+(?:[\p{L}]+\s+){0,2}|announced|added|tweeted|wrote|reported)\s+(?:on\s+)?$/iu;
/** A place past one of these words sits in another clause: "their summit ... only after he had returned to Seoul". */
const OTHER_CLAUSE = /\b(?:after|before|since|until|when|while|because|whereas)\b/i;
const CALLED_OFF = /\b(?:call(?:ed|s|ing)?\s+off|cancel(?:l?ed|s|ling)?|scrap(?:ped|s)?|postpone[ds]?|postponing|delay(?:ed|s)?|put\s+off|pushed\s+back)\b/i;
/** A finite "that" clause: "Kim told Xi during talks in Beijing this week that Pyongyang will ... his second summit". */
const THAT_CLAUSE = /\bthat\s+(?:[\p{L}-]+\s+){0,3}(?:will|would|could|should|can|may|might|had|has|have|was|were|is|are|did|does)\b/iu;
const BOUNDARY_BEFORE = /\b(?:since|until|till|by|before|after|from)\s+(?:the\s+)?(?:end\s+of\s+)?(?:this\s+)?$/i;

export function assembleEvents(ctx: ExtractContext, mentions: Mentions, sentences: Span[]): EventFact[] {
  const sentenceOf = (pos: number) => sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const candidates: Candidate[] = [];
  for (const t of mentions.triggers) {
    const si = sentenceOf(t.start);
    if (si < 0 || mentions.entities.some((e) => e.start <= t.start && t.end <= e.end)) continue;
    // Words quoted in the sentence are someone's speech: their names take no part in an event told outside the quote.
    const quotes = quotedSpans(sentences[si]!).filter(([a, b]) => !(a <= t.start && t.end <= b));
    const entities = quotes.length === 0 ? mentions.entities : mentions.entities.filter((m) => !quotes.some(([a, b]) => a <= m.start && m.end <= b));
    candidates.push(...candidatesFor(ctx, t, si, sentences[si]!, entities));
  }
  attachTimesAndPlaces(ctx, candidates, mentions, sentences, sentenceOf);
  for (const c of candidates) if (c.kind === 'SUMMIT') leadersForCountries(c, ctx, mentions.entities);
  for (const c of candidates) if (isSummitOfLeaders(c, ctx.reference)) c.kind = 'SUMMIT';
  inferFollowingOrdinals(candidates);
  // "It was the third meeting": told in the past, it is about something that took place.
  for (const c of candidates) if (c.copula && /^\W*\w+\s+was\b/i.test(sentences[c.sentences[0]!]!.text)) [c.status, c.cued] = ['OCCURRED', true];
  const merged = merge(candidates);
  for (const c of merged) c.when ??= c.calledOffOn ?? null;
  destinationsFromPurpose(merged);
  // Participants an anaphor gave only in merging: "the two leaders met" may be a summit too.
  for (const c of merged) if (isSummitOfLeaders(c, ctx.reference)) c.kind = 'SUMMIT';
  return merged
    // A gathering needs two sides, unless it is a body's own ("the Group of 20 summit") or one convened.
    .filter((c) => c.participants.length >= (GATHERINGS.has(c.kind) && c.participants[0]?.kind !== 'ORGANIZATION' && !c.solo ? 2 : 1))
    // A trip with no destination says too little to place; a weapons test threatened is no test.
    .filter((c) => !(c.kind === 'VISIT' && !c.place) && !(c.kind === 'WEAPONS_TEST' && c.status === 'PLANNED'))
    // "over his nuclear tests": tests in the plural, undated and uncounted, are a history, not one event.
    .filter((c) => !(c.kind === 'WEAPONS_TEST' && !c.when && !c.count && c.triggers.every((t) => /(?:tests|launches)$/i.test(t.text))))
    .map((c, i) => toFact(ctx, c, i, sentences));
}

function candidatesFor(ctx: ExtractContext, t: TriggerMention, si: number, sentence: Span, entities: EntityMention[]): Candidate[] {
  const text = ctx.text;
  const base = (participants: CandidateParticipant[], extra: Partial<Candidate> = {}): Candidate => ({
    kind: t.kind,
    status: t.status,
    cued: t.cued,
    participants,
    place: null,
    when: null,
    ordinal: ordinalOf(text, t),
    count: countOf(text, t, sentence),
    following: /\b(?:another|new|next)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(sentence.start, t.start - 40), t.start)),
    description: null,
    copula: /^\W*(?:it|this|that)\s+(?:was|is|will\s+be|would\s+be)\s+(?:the|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, t.start)),
    triggers: [t],
    sentences: [si],
    by: t.by,
    ...extra,
  });
  const p = (m: EntityMention | null | undefined, role: string): CandidateParticipant[] => (m ? [{ entity: m.id, kind: m.kind, role, name: m.name }] : []);
  switch (t.kind) {
    case 'LETTER':
      return letterRoles(text, t, sentence, entities).map((l) => base([...p(l.sender, 'sender'), ...p(l.recipient, 'recipient')], { description: l.description }));
    case 'SANCTION': {
      const r = sanctionRoles(text, t, sentence, entities);
      if (!r) return [];
      const g = gazetteer();
      const c = (id: string, role: string): CandidateParticipant => ({ entity: id, kind: 'COUNTRY', role, name: g.byId.get(id)?.name ?? id });
      // A standing regime is in force; only new sanctions announced as coming ("would soon impose") are a plan.
      const coming = r.action === 'imposed' && /\b(?:will|would|to|plans?\s+to|is\s+set\s+to)\s+(?:soon\s+|also\s+)?(?:impose|slap)\b/i.test(text.slice(sentence.start, t.start));
      return [base([c(r.imposer, 'imposer'), c(r.target, 'target')], { description: r.action, status: coming ? 'PLANNED' : 'OCCURRED', cued: coming })];
    }
    case 'VISIT': {
      // "invited him to visit Pyongyang": an invitation no one is said to accept is a proposal, not a plan.
      if (/\binvit(?:e|es|ed|ing|ation)\s+(?:[\p{L}-]+\s+){0,3}to\s+$/iu.test(text.slice(sentence.start, t.start)) && !/\baccept(?:s|ed|ing)?\b/i.test(sentence.text)) return [];
      const r = visitRoles(text, t, sentence, entities);
      return [base([...p(r.visitor, 'visitor'), ...p(r.host, 'host')], { place: r.destination?.id ?? null })];
    }
    case 'WEAPONS_TEST': {
      // "the launch", "the missiles were launched" point back to a test already told: no side of their own.
      if (/^(?:the|this|that|its|latest|recent|last|missiles?|rockets?|projectiles?|ICBMs?|SLBMs?)\b/i.test(t.text)) return [base([])];
      // The side that fired: the nearest person or country before the trigger that is not only a speaker;
      // "North Korea said it fired": with a pronoun and no such side, the speaker it points back to.
      // A leader stands for his country too.
      const side = (m: EntityMention) => m.start >= sentence.start && m.end <= t.start && (m.kind === 'PERSON' || m.kind === 'COUNTRY');
      const pronoun = /\b(?:it|its|he|his|they|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(sentence.start, t.start));
      // "his nuclear tests": a personal pronoun wants a person.
      const personal = /\b(?:he|his)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(sentence.start, t.start));
      const actor = [...entities].reverse().find((m) => side(m) && !isSpeaker(text, m) && (!personal || m.kind === 'PERSON')) ?? (pronoun ? [...entities].reverse().find(side) : undefined);
      if (!actor) return [];
      const country = actor.kind === 'PERSON' ? homeCountry(actor.id) : undefined;
      return [base([...p(actor, 'actor'), ...(country ? [{ entity: country.id, kind: 'COUNTRY', role: 'actor', name: country.name }] : [])])];
    }
    case 'STATEMENT': {
      // "X issued a statement", "X's statement", "a statement by X", "X and Y signed a declaration".
      const inSentence = entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end && (m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
      const by = /^\s+(?:issued\s+)?by\s+/i.exec(text.slice(t.end, t.end + 20));
      const after = by ? inSentence.find((m) => m.start >= t.end + by[0].length && m.start <= t.end + by[0].length + 5) : undefined;
      if (after) return [base(p(after, 'speaker'))];
      // "In a statement, spokeswoman Morgan Ortagus said ...": the speaker follows.
      if (/^\W*in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}["“]?$/iu.test(text.slice(sentence.start, t.start))) {
        const speaker = inSentence.find((m) => m.start >= t.end && isSpeaker(text, m));
        if (speaker) return [base(p(speaker, 'speaker'))];
      }
      const { found, how } = participantsFor(text, t, sentence, entities, ctx.reference);
      if (how !== 'fallback' && found.length > 0) return [base(found.map((r) => ({ entity: r.mention.id, kind: r.mention.kind, role: 'speaker', name: r.mention.name })))];
      // "his New Year's Day speech": the person "his" points back to.
      if (/\b(?:his|her)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(text.slice(sentence.start, t.start))) {
        const his = antecedent(entities, t.start);
        if (his) return [base(p(his, 'speaker'))];
      }
      // "the declaration fell short": a definite mention with no speaker of its own is the one told before.
      if (/\bthe\s+$/i.test(text.slice(Math.max(sentence.start, t.start - 4), t.start))) return [base([])];
      const subject = [...inSentence].reverse().find((m) => m.end <= t.start);
      return subject ? [base(p(subject, 'speaker'))] : [];
    }
    default: {
      const { found, how } = participantsFor(text, t, sentence, entities, ctx.reference);
      // Talks in the abstract ("denuclearization talks") are a process; kept when qualified or when their parties are stated.
      if (t.kind === 'TALKS' && how === 'fallback' && !/[\s-]/.test(t.text)) return [];
      // "Talks between Washington and Pyongyang have been stalled": a process in a state, not an event.
      if (t.kind === 'TALKS' && found.every((r) => r.mention.kind === 'COUNTRY') && STALLED.test(text.slice(t.end, Math.min(sentence.end, t.end + 80)).split(/[;:]|\.\s/)[0]!)) return [];
      // "Moon convened an emergency meeting of his security council": a meeting its convener holds.
      if (t.kind === 'MEETING' && CONVENED.test(text.slice(sentence.start, t.start))) {
        const convener = [...entities].reverse().find((m) => m.kind === 'PERSON' && m.start >= sentence.start && m.end <= t.start);
        const body = entities.find((m) => m.kind === 'ORGANIZATION' && m.start >= t.end && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(t.end, m.start)));
        if (convener) return [base([...p(convener, 'participant'), ...p(body, 'participant')], { solo: true })];
      }
      // A meeting found only by co-occurrence needs two people, not a list of countries.
      if (t.kind === 'MEETING' && how === 'fallback' && found.filter((r) => r.mention.kind === 'PERSON').length < 2) return [];
      const parts = found.map((r) => ({ entity: r.mention.id, kind: r.mention.kind, role: r.role, name: r.mention.name }));
      return [how === 'anaphor' ? base([], { antecedents: parts }) : base(parts)];
    }
  }
}

/** The spans of a sentence between paired quotation marks (“…”, "…"). */
function quotedSpans(sentence: Span): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”]*”|"[^"]*"/g;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) out.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
  return out;
}

function ordinalOf(text: string, t: Span): number | null {
  const m = ORDINAL_BEFORE.exec(text.slice(Math.max(0, t.start - 40), t.start));
  if (m) return ordinals.value(m[1]!);
  return /^\s+2\.0\b/.test(text.slice(t.end, t.end + 5)) ? 2 : null;
}

/** A count of two or more in the trigger's own clause (no comma, semicolon or dash in between). */
function countOf(text: string, t: Span, sentence: Span): number | null {
  const m = COUNT_AFTER.exec(text.slice(t.end, sentence.end));
  if (!m || /[,;:—]/.test(m[0])) return null;
  const n = m[1]!.toLowerCase() === 'twice' ? 2 : calendarWords.count(m[1]!);
  return n !== null && n >= 2 && Number.isInteger(n) ? n : null;
}

/** Each dated time and each place of a sentence goes to the candidate whose trigger is nearest. */
function attachTimesAndPlaces(ctx: ExtractContext, candidates: Candidate[], mentions: Mentions, sentences: Span[], sentenceOf: (n: number) => number): void {
  const nearest = (start: number, end: number, si: number) => {
    let best: Candidate | undefined;
    let bestD = Infinity;
    for (const c of candidates) {
      if (c.sentences[0] !== si) continue;
      const t = c.triggers[0]!;
      // Words after a trigger say more about it than words before: "hold a summit ... the following day".
      const d = end <= t.start ? t.start - end : start >= t.end ? (start - t.end) / 2 : 0;
      // Beyond a clause's length a time or place describes something else in the sentence.
      if (d < bestD && d <= MAX_ATTACH) [best, bestD] = [c, d];
    }
    return best;
  };
  for (const tm of mentions.times) {
    if (candidates.length === 0) break;
    if (!tm.span.earliest || !tm.span.latest || tm.span.granularity === 'duration') continue;
    if (BOUNDARY_BEFORE.test(ctx.text.slice(Math.max(0, tm.start - 25), tm.start))) continue;
    if (SPEECH_BEFORE.test(ctx.text.slice(Math.max(0, tm.start - 30), tm.start))) continue;
    const c = nearest(tm.start, tm.end, sentenceOf(tm.start));
    if (c && tm.end <= c.triggers[0]!.start && THAT_CLAUSE.test(ctx.text.slice(tm.end, c.triggers[0]!.start))) continue;
    // "Trump on Thursday called off his planned summit": the day of the calling off, which dates the
    // event only when nothing else the article says does ("in August, Trump called off Pompeo's trip").
    if (c && tm.end <= c.triggers[0]!.start && CALLED_OFF.test(ctx.text.slice(tm.end, c.triggers[0]!.start))) {
      c.calledOffOn ??= tm.span;
      continue;
    }
    // A plan is dated by a day still to come, not by the day it was announced; but a past date
    // that names the event itself ("their April 27 summit") says it took place.
    const past = ctx.reference !== null && tm.span.latest <= ctx.reference;
    if (!c || c.when || c.kind === 'SANCTION') continue;
    if (c.status === 'PLANNED' && past && /^\s+(?:[\p{L}-]+\s+)?$/u.test(ctx.text.slice(tm.end, c.triggers[0]!.start))) [c.status, c.cued] = ['OCCURRED', true];
    if (!(c.status === 'PLANNED' && past)) c.when = tm.span;
  }
  for (const e of mentions.entities) {
    if (e.kind !== 'PLACE' || !sentences.length) continue;
    const c = nearest(e.start, e.end, sentenceOf(e.start));
    if (c && e.start >= c.triggers[0]!.end && OTHER_CLAUSE.test(ctx.text.slice(c.triggers[0]!.end, e.start))) continue;
    if (c && e.end <= c.triggers[0]!.start && THAT_CLAUSE.test(ctx.text.slice(e.end, c.triggers[0]!.start))) continue;
    // "the denuclearization of the Korean Peninsula": a place that completes another noun is no venue ("the village of Panmunjom" is).
    const lead = ctx.text.slice(Math.max(0, e.start - 30), e.start);
    if (/\bof\s+(?:the\s+)?$/i.test(lead) && !/\b(?:village|city|town|port|island|capital|resort|province|region|outskirts|side|county|state|area)\s+of\s+(?:the\s+)?$/i.test(lead)) continue;
    if (c && !c.place && c.kind !== 'VISIT' && c.kind !== 'SANCTION') c.place = e.id;
  }
  // "Kim traveled to Russia in April for his first summit with Putin": a summit told as the purpose of a trip shares its date.
  for (const c of candidates) {
    if (c.when || c.status === 'PLANNED') continue;
    const trip = candidates.find((o) => o !== c && o.kind === 'VISIT' && o.when && o.status !== 'PLANNED' && o.sentences[0] === c.sentences[0] && o.participants.some((p) => c.participants.some((q) => q.entity === p.entity)));
    if (trip) c.when = trip.when;
  }
}

/** "Kim traveled to the [stripped] in April for his first summit with Putin": a trip made for a summit goes to the other side's country. */
function destinationsFromPurpose(candidates: Candidate[]): void {
  for (const c of candidates) {
    const visitor = c.kind === 'VISIT' && !c.place ? c.participants.find((p) => p.role === 'visitor') : undefined;
    if (!visitor) continue;
    const summit = candidates.find((o) => (o.kind === 'SUMMIT' || o.kind === 'MEETING') && o.sentences.includes(c.sentences[0]!) && o.participants.some((p) => p.entity === visitor.entity));
    const other = summit?.participants.find((p) => p.kind === 'PERSON' && p.entity !== visitor.entity);
    c.place = other ? (homeCountry(other.entity)?.id ?? null) : null;
  }
}

/** A summit "between the US and North Korea" is a summit of their leaders. */
function leadersForCountries(c: Candidate, ctx: ExtractContext, entities: EntityMention[]): void {
  const g = gazetteer();
  const named = new Set(entities.filter((m) => m.kind === 'PERSON').map((m) => m.id));
  const day = c.when?.latest ?? ctx.reference;
  c.participants = c.participants.map((p) => {
    if (p.kind !== 'COUNTRY') return p;
    const code = g.byId.get(p.entity)?.country;
    const holder = code ? officeHolder(code, 'leader', day, named) : null;
    const person = holder ? g.byId.get(holder.person) : undefined;
    return person ? { entity: person.id, kind: 'PERSON', role: p.role, name: person.name } : p;
  });
}

/** Talks or a meeting of the leaders of two countries is a summit, whatever word the text used. */
function isSummitOfLeaders(c: Candidate, reference: string | null): boolean {
  if (c.kind !== 'MEETING' && c.kind !== 'TALKS') return false;
  const g = gazetteer();
  const day = c.when?.latest ?? reference;
  const people = c.participants.filter((p) => p.kind === 'PERSON');
  if (people.length < 2 || people.length !== c.participants.length) return false;
  const countries = people.map((p) => {
    const held = g.offices.filter((o) => o.person === p.entity && g.leaderOffices.has(o.office) && (!day || ((o.from === null || o.from <= day) && (o.to === null || day <= o.to))));
    return held[0]?.country ?? null;
  });
  return countries.every((x) => x !== null) && new Set(countries).size === countries.length;
}

/** "another summit" after the article's "first summit" is the second one. */
function inferFollowingOrdinals(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!c.following || c.ordinal !== null || (c.kind !== 'SUMMIT' && c.kind !== 'MEETING') || c.participants.length < 2) continue;
    const done = candidates.filter((o) => o !== c && o.ordinal !== null && o.status === 'OCCURRED' && (o.kind === 'SUMMIT' || o.kind === 'MEETING') && compatible({ ...o, ordinal: null, status: c.status }, { ...c, status: c.status }));
    if (done.length > 0) c.ordinal = Math.max(...done.map((o) => o.ordinal!)) + 1;
  }
}

/** "their summits in Singapore and in Hanoi", "his visits": several events under one plural noun. */
const PLURAL = /^(?:summits|meetings|visits|trips)$/i;

function plural(c: Candidate): boolean {
  return c.triggers.every((t) => PLURAL.test(t.text));
}

function merge(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const empty = c.participants.length === 0;
    // A plural names a set of events: no single event is it ("the third meeting, after their summits in Singapore and Hanoi").
    const target = [...out].reverse().find((o) => plural(o) === plural(c) && (compatible(o, c) || nearbyMeeting(o, c)) && (empty || sameSentence(o, c) || anchored(o, c)));
    if (!target) {
      if (empty && c.antecedents) c.participants = c.antecedents;
      out.push(c);
      continue;
    }
    if (c.kind === 'SUMMIT' || (c.kind === 'MEETING' && target.kind === 'TALKS')) target.kind = c.kind;
    for (const p of c.participants) if (!target.participants.some((q) => q.entity === p.entity && q.role === p.role)) target.participants.push(p);
    target.place ??= c.place;
    target.ordinal ??= c.ordinal;
    target.count ??= c.count;
    target.calledOffOn ??= c.calledOffOn;
    target.description ??= c.description;
    target.when = tighter(target.when, c.when);
    // The status the article ends on: "called off ... but June 12 hasn't changed" is a plan again.
    if (c.cued) [target.status, target.cued] = [c.status, true];
    target.triggers.push(...c.triggers);
    target.sentences.push(...c.sentences);
  }
  return out;
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

export function tighter(a: TimeSpan | null, b: TimeSpan | null): TimeSpan | null {
  if (!a?.earliest || !a.latest) return b?.earliest ? b : a;
  if (!b?.earliest || !b.latest) return a;
  const width = (t: TimeSpan) => Date.parse(t.latest!) - Date.parse(t.earliest!);
  return width(b) < width(a) ? b : a;
}

function toFact(ctx: ExtractContext, c: Candidate, i: number, sentences: Span[]): EventFact {
  const evidence = [...new Set(c.sentences)].sort((a, b) => a - b).map((si) => {
    const s = sentences[si]!;
    return { article: ctx.articleId, sentence: si, start: s.start, end: s.end, quote: s.text };
  });
  const id = 'event:' + createHash('sha256').update(`${ctx.articleId}#${i}#${c.kind}`).digest('hex').slice(0, 16);
  const participants = c.participants.map((p) => ({ entity: p.entity, role: p.role, evidence }));
  return {
    id,
    kind: c.kind,
    title: eventTitle(c.kind, c.participants.map((p) => p.name), c.ordinal, c.count),
    when: c.when,
    status: c.status,
    statusHistory: [{ status: c.status, evidence: evidence[0]! }],
    participants,
    place: c.place,
    ordinal: c.ordinal,
    ...(c.count ? { count: c.count } : {}),
    description: c.description,
    evidence,
    sources: [ctx.articleId],
    confidence: 0.5,
    extractor: `${EXTRACTOR_VERSION}:${c.by}`,
  };
}
