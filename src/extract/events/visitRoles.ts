// Visitor, host and destination of a visit: "Pompeo's trip to North Korea", "Moon will arrive in
// the U.S.", "Kim hosted Xi", "Biegun is to visit South Korea"; "to the country" points back to
// the last country named. The visitor is the one the trigger's possessive names, else the
// subject of its clause when the trigger is the clause's verb ("Kushner, adviser to Trump, visited
// Qatar": Kushner, not Trump in the apposition) or its object ("paid a visit", "made a trip"), else
// the nearest person before it who is not only a speaker; "A, joined by B, flew to X": A, with B along
// (companionPhrase). Hand-written rules over entity mentions.
import type { EntityMention, Span } from '../../model/index.js';
import { gazetteer, homeCountry } from '../entities/gazetteer.js';
import { aliasKey } from '../entities/slug.js';
import { charSpan } from '../clauses/charSpan.js';
import { companionPhrase } from './companionPhrase.js';
import { actorIn, subjectActor } from './clauseSubject.js';
import { possessor } from './possessor.js';
import { pronounAntecedent } from './pronounAntecedent.js';
import { isSpeaker } from './speakers.js';
import type { Site } from './triggerSite.js';

const PEOPLE = new Set(['PERSON']);
/** "visited Qatar, where he met its ruler Tamim", "travelled to Kiev to meet Poroshenko": the one met there hosts the visit. */
const MEETING = new Set(['meet', 'see', 'hold']);
/** Prepositions that make a visit the setting of its clause's meeting: "in his first visit", "during the trip", "on a tour". */
const SETTING = new Set(['in', 'during', 'on']);
/** Verbs whose subject makes the trip that is their object: "paid a visit", "made a trip", "began his tour". */
const MAKING = new Set(['pay', 'make', 'take', 'begin', 'start', 'end', 'conclude', 'wrap', 'undertake', 'embark', 'complete', 'cut', 'kick']);

export interface VisitRoles {
  visitor: EntityMention | null;
  /** "Merkel and Hollande travelled to Moscow": the other people of a coordinated subject travel too. */
  fellows?: EntityMention[];
  host: EntityMention | null;
  destination: EntityMention | null;
}

/** `sentenceMentions`: all of the sentence's, for the one met in a clause that depends on the visit's ("to meet with Y"). */
export function visitRoles(text: string, trigger: Span, sentence: Span, mentions: EntityMention[], site: Site | null = null, sentenceMentions: EntityMention[] = mentions): VisitRoles {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const after = text.slice(trigger.end, sentence.end);
  const hosting = /^host/i.test(trigger.text);
  const makes = site && (site.role === 'verb' || (site.role === 'object' && MAKING.has(site.clause.verb?.lemma ?? '')));
  // "He arrived on July 10 in Kuwait": a pronoun subject the clause layer cannot resolve stands for the person it points back to.
  const pronoun = makes && site.clause.subject && site.clause.subject.end - site.clause.subject.start === 1 && /^(?:he|she)$/i.test(site.sentence.tokens[site.clause.subject.start]!.text) ? site.sentence.tokens[site.clause.subject.start]! : null;
  const own = makes ? (subjectActor(site, mentions, PEOPLE) ?? (pronoun ? pronounAntecedent(text, sentence, pronoun.start, mentions) : null)) : null;
  const subject = own ?? [...inSentence].reverse().find((m) => m.end <= trigger.start && m.kind === 'PERSON' && !isSpeaker(text, m));
  const possessive = possessor(text, trigger, inSentence.filter((m) => m.kind === 'PERSON'));
  const object = inSentence.find((m) => m.start >= trigger.end && m.start <= trigger.end + 25 && m.kind === 'PERSON');
  let destination: EntityMention | undefined;
  const to = /^\s*(?:(?:to|in)\s+)?(?:the\s+)?/i.exec(after);
  const at = trigger.end + (to?.[0].length ?? 0);
  destination = inSentence.find((m) => m.start >= trigger.end && m.start <= at + 2 && (m.kind === 'COUNTRY' || m.kind === 'PLACE'));
  if (!destination && /^\s*to\s+the\s+country\b/i.test(after)) {
    destination = [...mentions].reverse().find((m) => m.end <= trigger.start && m.kind === 'COUNTRY');
  }
  // "a visit to the capital": the last capital city named before it ("in Kyiv ..., following a visit to the capital").
  if (!destination && /^\s*to\s+the\s+capital\b(?!\s+of\b)/i.test(after)) {
    destination = [...mentions].reverse().find((m) => m.end <= trigger.start && m.kind === 'PLACE' && gazetteer().capitals.has(aliasKey(m.text)));
  }
  if (/^travel/i.test(trigger.text) || /^arriv/i.test(trigger.text)) {
    destination = inSentence.find((m) => m.start >= trigger.end && m.start <= trigger.end + 8 && (m.kind === 'COUNTRY' || m.kind === 'PLACE'));
  }
  // "talks with Xi in Beijing on his first trip abroad": the place the sentence puts the visitor in.
  // Not from a fronted phrase of its own: "Following his setback in Hanoi, Kim traveled to ...".
  destination ??= inSentence.find((m) => m.kind === 'PLACE' && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && (m.start >= trigger.end || !/[,;]/.test(text.slice(m.end, trigger.start))));
  // "Kim hosted Xi": the guest visits the host's country, or the place the sentence names.
  // "Xi accepted an invitation from Kim to visit Pyongyang": the one who accepted makes the visit.
  const accepted = /\baccept(?:s|ed|ing)?\s+(?:an?\s+|the\s+|his\s+|her\s+)?invitation\b/i.exec(text.slice(sentence.start, trigger.start));
  if (accepted) {
    const guest = [...inSentence].reverse().find((m) => m.kind === 'PERSON' && m.end <= sentence.start + accepted.index);
    if (guest) return { visitor: guest, host: null, destination: destination ?? null };
  }
  if (hosting) {
    const country = subject ? homeCountry(subject.id) : undefined;
    const home: EntityMention | null = subject && country ? { ...subject, kind: 'COUNTRY', id: country.id, name: country.name, by: 'events/visitRoles:host' } : null;
    const visiting = object && homeCountry(object.id)?.id !== country?.id ? object : null;
    return { visitor: visiting, host: subject ?? null, destination: visiting ? (destination ?? home) : null };
  }
  // "..., his second surprise visit to China": "his" is the sentence's subject, its first person.
  if (!own && /\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(sentence.start, trigger.start))) {
    const first = inSentence.find((m) => m.kind === 'PERSON' && m.end <= trigger.start);
    if (first) return { visitor: first, host: site ? metThere(site, sentenceMentions, first) : null, destination: destination ?? null };
  }
  // "A, joined by B and C, were flying to X": A and the companions travel, not only the nearest name.
  const company = companionPhrase(text, trigger, sentence, inSentence);
  const led = company && (!own || own.id === company.head.id || company.companions.some((m) => m.id === own.id)) ? company : null;
  const visitor = possessive ?? agent(text, trigger, sentence, inSentence) ?? former(text, trigger, sentence, inSentence) ?? led?.head ?? subject ?? null;
  const fellows = led && visitor?.id === led.head.id ? led.companions : own && visitor?.id === own.id && site ? coordinated(site, mentions, own) : [];
  return { visitor, ...(fellows.length ? { fellows } : {}), host: site ? metThere(site, sentenceMentions, visitor) : null, destination: destination ?? null };
}

/** The other people of the trigger's clause's subject when it joins names with "and" ("Merkel and Hollande were to travel"). */
function coordinated(site: Site, mentions: EntityMention[], first: EntityMention): EntityMention[] {
  const subject = site.clause.verb?.passive ? null : site.clause.subject;
  if (!subject) return [];
  const words = site.sentence.tokens.slice(subject.start, subject.end).map((t) => t.text.toLowerCase());
  if (!words.includes('and')) return [];
  const { start, end } = charSpan(site.sentence, subject);
  const inside = mentions.filter((m) => m.kind === 'PERSON' && m.start >= start && m.end <= end && m.id !== first.id);
  // Each person once, however often the article named them before ("Merkel and Hollande" after their full names).
  return inside.filter((m, i) => inside.findIndex((n) => n.id === m.id) === i);
}

/** "a visit to Doha by Secretary of State Rex Tillerson", "a visit to the capital by John Kerry": the one after "by" visits. */
function agent(text: string, trigger: Span, sentence: Span, inSentence: EntityMention[]): EntityMention | null {
  const by = /^\s+(?:to\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,3})?by\s+/u.exec(text.slice(trigger.end, sentence.end));
  if (!by) return null;
  const from = trigger.end + by[0].length;
  // Past the titles before the name: "by U.S. Secretary of State, John Kerry".
  return inSentence.find((m) => m.kind === 'PERSON' && m.start >= from && /^(?:[\p{Lu}][\p{L}.'’-]*,?\s+|of\s+|the\s+)*$/u.test(text.slice(from, m.start))) ?? null;
}

/** "X walks with Y during the former's trip": the first (or the latter: the second) of the last two people named before it. */
function former(text: string, trigger: Span, sentence: Span, inSentence: EntityMention[]): EntityMention | null {
  const which = /\bthe\s+(former|latter)['’]s\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(text.slice(sentence.start, trigger.start));
  if (!which) return null;
  const before = inSentence.filter((m) => m.kind === 'PERSON' && m.end <= trigger.start);
  const two = before.filter((m, i) => before.findIndex((n) => n.id === m.id) === i).slice(-2);
  if (two.length < 2) return null;
  return which[1]!.toLowerCase() === 'former' ? two[0]! : two[1]!;
}

/** The person a clause depending on the visit's ("where he met Y", "to meet Y") says the visitor met; or the visit's own
 *  clause, when the visit is its setting ("was to meet Y ... in his first visit to X", "met Y during his trip"). */
function metThere(site: Site, mentions: EntityMention[], visitor: EntityMention | null): EntityMention | null {
  const { sentence, clauseIndex } = site;
  const own = site.clause.verb;
  if (site.role === 'prep' && SETTING.has(site.argument?.prep ?? '') && own && MEETING.has(own.lemma) && !own.negated) {
    const met = site.clause.objects.map((a) => actorIn(sentence, a, mentions, PEOPLE)).find((m) => m && m.id !== visitor?.id);
    if (met) return met;
  }
  for (const c of sentence.clauses) {
    const there = (c.kind === 'relative' && c.marker === 'where') || ((c.kind === 'purpose' || c.kind === 'complement') && c.marker === 'to');
    if (c.parent !== clauseIndex || !there || !MEETING.has(c.verb?.lemma ?? '') || c.verb?.negated) continue;
    for (const a of [...c.objects, ...c.preps.filter((p) => p.prep === 'with')]) {
      const met = actorIn(sentence, a, mentions, PEOPLE);
      if (met && met.id !== visitor?.id) return met;
    }
  }
  return null;
}
