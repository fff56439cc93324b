// Candidates of one trigger: the event(s) it names with their participants and roles (participants,
// letterRoles, sanctionRoles, visitRoles), its ordinal ("second summit") and count ("met three times").
// Contract: pure; an empty list when the trigger names no event ("denuclearization talks", a
// threatened test with no side). Times and places are attached later (attachTimesAndPlaces).
import type { EntityMention, Span, TriggerMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer, homeCountry } from '../entities/gazetteer.js';
import { calendarWords } from '../time/calendarWords.js';
import { antecedent } from './antecedent.js';
import type { Candidate, CandidateParticipant } from './candidate.js';
import { demandListRoles } from './demandListRoles.js';
import { letterRoles } from './letterRoles.js';
import { ordinals } from './ordinals.js';
import { participantsFor } from './participants.js';
import { presidingParties } from './presidingParties.js';
import { decidedToImpose, sanctionMove } from './sanctionMove.js';
import { sanctionRoles } from './sanctionRoles.js';
import { GATHERINGS } from './kindSets.js';
import { groupGathering, invitedTo } from './groupGathering.js';
import { isSpeaker } from './speakers.js';
import { clauseParticipants } from './clauseParticipants.js';
import { collectiveParties } from './collectiveParties.js';
import type { Site } from './triggerSite.js';
import { measureOf } from './measureOf.js';
import { unnamedCounterpart } from './unnamedCounterpart.js';
import { visitRoles } from './visitRoles.js';

const ORDINAL_BEFORE = new RegExp(`\\b(${ordinals.pattern})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
/** "met Kim three times last year", "have met five times since": a count within the trigger's clause. */
const COUNT_AFTER = new RegExp(`^\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?(${calendarWords.countPattern}|twice)\\s+times\\b`, 'iu');
const STALLED = /\b(?:stall(?:ed|ing|s)?|deadlock(?:ed)?|stalemate|stuck|frozen|moribund)\b/i;
/** "on the sidelines of the G20 summit in Bali", "on the margins of a ministerial meeting": the gathering another event is held beside. */
/** "said Thursday from the Group of 20 summit": the gathering a speaker spoke from is where the words were said, not news of it. */
const SPOKEN_FROM = /\b(?:said|says|told|spoke|speaking|announced|added|tweeted)(?:\s+[\p{L}\d]+){0,3}?\s+from\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\p{L}\d’'.-]+\s+){0,6}$/iu;
const BESIDE = /\b(?:on|at|along)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+(?:(?:the|a|an|this|that|last|its|their)\s+)?(?:[\p{L}\d’'.-]+\s+){0,6}$/iu;
/** Verbs that put sanctions on a party or a party on a sanctions list; and the governors that make them a plan ("plans to add"). */
const IMPOSING = new Set(['impose', 'slap', 'add', 'put', 'place']);
const INTENDING = new Set(['plan', 'intend', 'decide', 'prepare', 'propose', 'threaten', 'vow', 'aim', 'seek']);
/** "ahead of the summit", "on the eve of the talks": a gathering still to come that the clause's act is timed by. */
const LANDMARK = /\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+(?:run|lead)-up\s+to|prior\s+to|in\s+preparation\s+for)\s+(?:(?:the|a|an|this|next|their|his|her|its)\s+)?(?:[\p{L}\d’'.-]+\s+){0,4}$/iu;
/** Verbs whose subject takes part in the gathering that is their object: "joined the talks", "attended the meeting". */
const JOINING = new Set(['join', 'attend']);
const CONVENED = /\b(?:convened|convenes|convening|chaired|chairs|presided\s+over)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

export function candidatesFor(ctx: ExtractContext, t: TriggerMention, si: number, sentence: Span, entities: EntityMention[], site: Site | null = null, sentenceEntities: readonly EntityMention[] = entities): Candidate[] {
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
    anchors: [],
    ...(GATHERINGS.has(t.kind) && (BESIDE.test(text.slice(sentence.start, t.start)) || SPOKEN_FROM.test(text.slice(sentence.start, t.start))) ? { aside: true } : {}),
    ...(GATHERINGS.has(t.kind) && LANDMARK.test(text.slice(sentence.start, t.start)) ? { landmark: true } : {}),
    ...(t.kind === 'MEETING' && (/\b(?:phone|telephone|video|virtual)\b/i.test(t.text) || /^\s+(?:(?:with|to)\s+(?:[\p{L}.'’-]+\s+){1,5})?(?:by|on\s+the|over\s+the)\s+(?:phone|telephone|video)/iu.test(text.slice(t.end, t.end + 60))) ? { call: true } : {}),
    ...extra,
  });
  const p = (m: EntityMention | null | undefined, role: string): CandidateParticipant[] => (m ? [{ entity: m.id, kind: m.kind, role, name: m.name }] : []);
  switch (t.kind) {
    case 'LETTER':
      if (/\bdemands$/i.test(t.text)) {
        const d = demandListRoles(text, t, sentence, entities, sentenceEntities);
        return d.senders.length > 0 || d.recipient ? [base([...d.senders.flatMap((m) => p(m, 'sender')), ...p(d.recipient, 'recipient')])] : [];
      }
      return letterRoles(text, t, sentence, entities, site, sentenceEntities).map((l) => base([...p(l.sender, 'sender'), ...p(l.recipient, 'recipient')], { description: l.description }));
    case 'SANCTION': {
      const move = sanctionMove(text, t, sentence, site);
      const r = move && sanctionRoles(text, t, sentence, entities, sentenceEntities);
      if (!move || !r) return [];
      const g = gazetteer();
      const c = (id: string, role: string): CandidateParticipant => ({ entity: id, kind: entities.find((m) => m.id === id)?.kind === 'PERSON' ? 'PERSON' : 'COUNTRY', role, name: g.byId.get(id)?.name ?? entities.find((m) => m.id === id)?.name ?? id });
      // A standing regime is in force; only new sanctions announced as coming ("would soon impose") are a plan.
      // So are new listings: "will add the airline to its blacklist", "plans to put them on the list".
      const verb = site?.clause.verb;
      const listing = verb && site.role === 'prep' && IMPOSING.has(verb.lemma) && (verb.tense === 'future' || verb.mood === 'infinitive' || verb.governors.some((w) => INTENDING.has(w)));
      const coming = move.planned || (move.action === 'imposed' && !decidedToImpose(site) && (listing || /\b(?:will|would|to|plans?\s+to|is\s+set\s+to)\s+(?:soon\s+|also\s+)?(?:impose|slap)\b/i.test(text.slice(sentence.start, t.start))));
      const measure = measureOf(t.text);
      return [base([c(r.imposer, 'imposer'), ...r.coImposers.map((id) => c(id, 'imposer')), ...(r.target ? [c(r.target, 'target')] : []), ...r.coTargets.map((id) => c(id, 'target'))], { description: move.action, status: coming ? 'PLANNED' : 'OCCURRED', cued: coming, ...(measure ? { measure } : {}) })];
    }
    case 'VISIT': {
      // "invited him to visit Pyongyang": an invitation no one is said to accept is a proposal, not a plan.
      if (/\binvit(?:e|es|ed|ing|ation)\s+(?:[\p{L}-]+\s+){0,3}to\s+$/iu.test(text.slice(sentence.start, t.start)) && !/\baccept(?:s|ed|ing)?\b/i.test(sentence.text)) return [];
      const r = visitRoles(text, t, sentence, entities, site, [...sentenceEntities]);
      return [base([...p(r.visitor, 'visitor'), ...(r.fellows ?? []).flatMap((m) => p(m, 'visitor')), ...p(r.host, 'host')], { place: r.destination?.id ?? null, anchors: r.destination ? ['place'] : [] })];
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
      const patterned = participantsFor(text, t, sentence, entities, ctx.reference);
      // Co-occurrence alone says little: the trigger's place in its clause says who took part ("X warned Y in a call").
      const fromClause = patterned.how === 'fallback' && site ? clauseParticipants(site, entities) : [];
      // "Kerry and foreign ministers of five other powers joined the talks": whoever joined or attended a gathering was in it,
      // even alone; told as done, not as a plan ("made plans to attend the talks", "will join the talks").
      const v = site?.clause.verb;
      const chaired = patterned.how === 'fallback' || patterned.how === 'compound' ? presidingParties(site, sentenceEntities) : [];
      const joined = chaired.length > 0 || (site !== null && site.role === 'object' && v !== null && v !== undefined && JOINING.has(v.lemma) && v.mood === 'realis' && v.tense === 'past' && !v.negated && v.governors.length === 0 && fromClause.length === 1);
      // "Solberg, who chaired the summit", "as he headed Bahrain's delegation at the GCC summit": who presided or headed a side took part.
      const presided = chaired.length > 0 ? { found: [...(patterned.how === 'compound' ? patterned.found : []), ...chaired.map((mention) => ({ mention, role: 'participant' }))], how: patterned.how === 'compound' ? ('compound' as const) : ('with' as const) } : null;
      const { found, how } = presided ?? (fromClause.length >= 2 || joined ? { found: fromClause.map((mention) => ({ mention, role: 'participant' })), how: 'with' as const } : patterned);
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
      // "X and Y have arrived at the contact group meeting": a group's gathering, not the meeting of the two named beside it.
      if ((how === 'pair' || how === 'fallback') && groupGathering(text, t, sentence)) return [];
      // "received an invitation from King Salman to the summit": the summit told elsewhere, not one of inviter and guest.
      if (t.kind === 'SUMMIT' && (how === 'pair' || how === 'fallback') && invitedTo(text, t, sentence)) return [];
      // "Kerry met with his counterpart last night in Panama": one named side, and a counterpart the text does not name.
      const counterpart = GATHERINGS.has(t.kind) && how !== 'between' && how !== 'compound' && found.length < 2 ? unnamedCounterpart(text, t, sentence, entities, site) : null;
      if (counterpart) return [base(counterpart.map((m) => ({ entity: m.id, kind: m.kind, role: 'participant', name: m.name })), { joinedAlone: true })];
      // A meeting found only by co-occurrence needs two people, not a list of countries.
      if (t.kind === 'MEETING' && how === 'fallback' && found.filter((r) => r.mention.kind === 'PERSON').length < 2) return [];
      // "Ahead of the summit, Saudi Arabia reopened its borders to Qatar": the clause's parties are the act's, not the summit's.
      const own = LANDMARK.test(text.slice(sentence.start, t.start)) && how === 'fallback' ? [] : found;
      const parts = own.map((r) => ({ entity: r.mention.id, kind: r.mention.kind, role: r.role, name: r.mention.name }));
      // "EU leaders endorsed the deal at a summit on Sunday": a summit whose clause names fewer than two parties, and these only by
      // co-occurrence, is the body's that a collective names; assemble gives the clause's own back unless the summit is told as
      // done on a date of its own clause (a body and a place recur every few months). Not a summit told in passing ("ahead of", "on the sidelines of").
      const collective = t.kind === 'SUMMIT' && how === 'fallback' && parts.length < 2 && site ? collectiveParties(text, site, t, sentenceEntities) : null;
      const theirs = collective ? base(collective, { clauseParties: parts }) : null;
      if (theirs && !theirs.aside && !theirs.landmark) return [theirs];
      return [how === 'anaphor' ? base([], { antecedents: parts }) : base(parts, joined ? { joinedAlone: true } : {})];
    }
  }
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
