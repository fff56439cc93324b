// Who takes part in the event a trigger names, from the words of its sentence. In order:
//   "between X and Y" after the trigger        -> X, Y ("the US and North Korean leaders" -> their leaders)
//   "X-Y summit", "inter-Korean summit"        -> X, Y
//   "summit with X" / "meeting with X"         -> the sentence's subject (or "his" antecedent), X
//   "the two leaders met"                       -> the last two leaders named (an anaphor)
//   otherwise                                  -> the people of the sentence who are not only speakers,
//                                                 or its countries when it names no such person
// Hand-written: pattern rules over entity mentions; no library parses these roles from news text.
import type { EntityMention, Span } from '../../model/index.js';
import { gazetteer } from '../entities/gazetteer.js';
import { officeHolder } from '../entities/officeHolder.js';
import { isPersonTitle } from '../entities/trimName.js';
import { officerOf } from './officerOf.js';
import { aliasKey } from '../entities/slug.js';
import { ACTORS } from './kindSets.js';
import { attendeeCountries } from './attendeeCountries.js';
import { coordinatedActors } from './coordinatedActors.js';
import { isSpeaker } from './speakers.js';
import { uniqueById } from './uniqueById.js';

export interface RawParticipant {
  mention: EntityMention;
  role: string;
}

/** Participants and the rule that found them ("fallback" when only co-occurrence did). */
export interface FoundParticipants {
  found: RawParticipant[];
  /** "anaphor": "the two leaders", the last two named; assemble uses them only when no earlier event is meant. */
  how: 'between' | 'compound' | 'with' | 'pair' | 'anaphor' | 'fallback';
}

/** What may follow a noun group's head: punctuation, the end, or a preposition, conjunction or adverb of time. */
const HEAD_END = /^(?:\s*[,.;:)!?—–-]|\s*$|\s+(?:on|in|at|for|to|and|or|but|with|from|over|after|before|during|since|following|last|this|next|earlier|later|when|where|while|as|amid|by|that|which|who)\b)/i;
/** Between a country's adjective or possessive and the person it describes: "Cuban counterpart ", "'s communist dictator, ". */
const APPOSED = /^(?:['’]s)?(?:\s+[\p{Ll}-]+){1,3},?\s+$/u;
/** A trigger naming the signing of an agreement, and the agreement it signs with its parties ("of the 2020 accords between"). */
const SIGNING = /\bsigning\b/i;
const SIGNED_AGREEMENT = /^\s*(?:of|for)\s+(?:the|an?)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:accords?|agreements?|deals?|treat(?:y|ies)|pacts?|declarations?)\s+between\s+(?!an?\s)/iu;
/** "Merkel and French President Hollande": "and", then at most a title, between two coordinated names. */
const COORDINATED = /^\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** A word between a country and the person it qualifies: a capitalised title word, "counterpart", "'s". */
const QUALIFIER_WORD = /^(?:['’]s|\p{Lu}[\p{L}.'’-]*|counterpart|top|new|former)$/u;
/** Back through a list: a comma, or a country's title words before its person ("Norway Prime Minister "). */
const LIST_BACK = /^\s*,?\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,6}$/u;
/** Between a party and the first item of a bracketed list: "and", a group's noun phrase, the bracket ("and the P5+1 group of world powers ("). */
const GROUP_SPELLED_OUT = /^\s+and\s+(?:the\s+)?(?:[\p{L}\d+-]+\s+){1,6}\(\s*$/u;
const SUBORDINATE = /\b(?:since|until|when|whereas|although|because)\b|\bthat\s+(?:[\p{L}-]+\s+){0,3}(?:will|would|could|should|can|may|might|had|has|have|was|were|is|are|did|does)\b/iu;

export function participantsFor(
  text: string,
  trigger: Span,
  sentence: Span,
  mentions: EntityMention[],
  reference: string | null,
): FoundParticipants {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && ACTORS.has(m.kind));
  const after = text.slice(trigger.end, sentence.end);

  // "the first meeting between a sitting U.S. president and a North Korean leader" is a kind, not parties.
  // A signing's parties are the signatories of the agreement it signs: "the signing ceremony of the peace accord between A and B".
  const between = (SIGNING.test(trigger.text) ? SIGNED_AGREEMENT.exec(after) : null) ?? /^\s*(?:[\p{L}’'-]+\s+){0,3}?between\s+(?!an?\s)/iu.exec(after);
  if (between) {
    const from = trigger.end + between[0].length;
    const stop = clauseEnd(text, from, sentence.end);
    const listed = inSentence.filter((m) => m.start >= from && m.end <= stop);
    // "between US Pres. Trump, Israel PM Netanyahu and UAE Crown Prince Mohammed bin Zayed": a list past its commas.
    const items = listed[0] ? coordinatedActors(text, listed[0], inSentence, sentence.end) : [];
    if (items.length > 2 && items[items.length - 1]!.end > stop) return { found: asLeaders(text, items, items[items.length - 1]!.end, reference), how: 'between' };
    if (listed.length >= 2) return { found: asLeaders(text, listed, stop, reference), how: 'between' };
  }

  const compound = compoundBefore(text, trigger, inSentence);
  if (compound.length >= 2) return { found: asParticipants(compound), how: 'compound' };
  // "the Group of 20 summit": a body's own summit; whoever the sentence says attends it takes part too.
  // "a European Union leaders summit": the body's too.
  const body = inSentence.find((m) => m.kind === 'ORGANIZATION' && /^\s+(?:leaders['’]?\s+)?$/.test(text.slice(m.end, trigger.start)));
  if (body && trigger.text.toLowerCase().startsWith('summit')) {
    const attend = /\battend(?:s|ed|ing)?\s+(?:the\s+)?$/i.test(text.slice(sentence.start, body.start));
    // "while attending the G20 summit, Trump wrote ...": the sentence's subject, its first person, attends.
    const attendee = attend ? inSentence.find((m) => m.kind === 'PERSON') : undefined;
    return { found: asParticipants(attendee ? [body, attendee] : [body]), how: 'compound' };
  }

  // "held talks and a news conference with X": a gathering coordinated with another noun shares its "with".
  const withX = /^\s*(?:[\p{L}-]+\s+){0,2}?with\s+|^\s+and\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){1,2}with\s+/iu.exec(after) ?? (/^(?:met|meet|meets)$/i.test(trigger.text) ? /^\s*/.exec(after) : null);
  if (withX) {
    const from = trigger.end + withX[0].length;
    // "The two last met when Biden was ...": a name past a subordinating word is no object of "met".
    // "met in Minsk, Belarus": after a bare "met" only a direct object is met, not a place's country.
    const bare = !/with\s+$/i.test(text.slice(trigger.end, from));
    const first = inSentence.find((m) => m.start >= from && m.start <= from + 30 && !SUBORDINATE.test(text.slice(from, m.start)) && !(bare && /\b(?:in|at|on|near|during|for|to|from)\b/i.test(text.slice(from, m.start))));
    // "with his Cuban counterpart Raul Castro", "with Cuba's leader, Raul Castro": the person the country's adjective or possessive describes.
    const described = first?.kind === 'COUNTRY' && !HEAD_END.test(text.slice(first.end, first.end + 20)) ? inSentence.find((m) => m.kind === 'PERSON' && m.start > first.end && APPOSED.test(text.slice(first.end, m.start))) : undefined;
    // "with Morocco's King Mohammed VI": the head of the noun group; "with Netanyahu and Crown Prince Mohammed bin Zayed": each of a list
    // that ends its clause ("with Putin and Xi said ..." leaves Xi to the next clause).
    const head = described ?? first;
    const items = head ? coordinatedActors(text, head, inSentence, sentence.end) : [];
    const others = items.length > 1 && !HEAD_END.test(text.slice(items[items.length - 1]!.end, items[items.length - 1]!.end + 20)) ? items.slice(0, 1) : items;
    const other = others[0];
    // "North Korea's negotiator said talks with the United States broke down": a side named as a country has a country as its counterpart.
    const subject = other ? (subjectOf(text, trigger, sentence, inSentence, mentions, other.id) ?? (other.kind === 'COUNTRY' ? [...inSentence].reverse().find((m) => m.end <= trigger.start && m.kind === 'COUNTRY' && m.id !== other.id) : undefined)) : undefined;
    // "Merkel and Hollande have met with Putin": a subject coordinated with another of its kind brings it along.
    const partner = subject ? inSentence.find((m) => m.kind === subject.kind && m.id !== subject.id && m.id !== other!.id && m.end <= subject.start && COORDINATED.test(text.slice(m.end, subject.start))) : undefined;
    if (other && subject) return { found: asParticipants(uniqueById([...(partner ? [partner] : []), subject, ...others.filter((m) => m.id !== subject.id)])), how: 'with' };
  }

  const pair = pairBefore(text, trigger, inSentence);
  if (pair) return { found: asParticipants(pair), how: 'pair' };

  // "the two Korean leaders held a meeting": the leaders of the countries an "inter-" adjective joins.
  const shared = /\bthe\s+two\s+(\p{Lu}\p{L}+)\s+leaders\s+(?:[\p{L}’'-]+\s+){0,3}$/u.exec(text.slice(sentence.start, trigger.start));
  const codes = shared ? gazetteer().adjectives.get(aliasKey(`inter-${shared[1]}`)) : undefined;
  if (codes && reference) {
    const leaders = codes.map((code) => officeHolder(code, 'leader', reference, new Set()));
    const people = leaders.map((o) => (o ? gazetteer().byId.get(o.person) : undefined));
    if (people.every((p) => p)) {
      const at = sentence.start + shared!.index;
      return { found: people.map((p) => ({ mention: { start: at, end: at + shared![0].length, text: shared![0], kind: 'PERSON', id: p!.id, name: p!.name, by: 'events/participants:leaders' }, role: 'participant' })), how: 'pair' };
    }
  }
  // "the two leaders have now met five times": the last two people named, in this sentence or before.
  // Also "the two last met", "the two have met": "the two" with no noun, then only adverbs and auxiliaries.
  const before = text.slice(sentence.start, trigger.start);
  if (
    /\b(?:the\s+two|both)\s+(?:leaders|men|presidents|heads\s+of\s+state)\s+(?:[\p{L}’'-]+\s+){0,5}$/iu.test(before) ||
    /\bthe\s+two\s+(?:(?:have|has|had|last|first|also|then|finally|previously|again|once|never|already|recently|later|subsequently)\s+){1,3}$/iu.test(before)
  ) {
    const two = lastTwoPeople(mentions, trigger.start, reference);
    if (two) return { found: asParticipants(two), how: 'anaphor' };
  }
  // "A meeting Wednesday in Jiddah with al-Jubeir ..., as the two men huddled": one person named, "the two men" after it; the
  // other is the one the article has named most so far (its protagonist), not merely the last ("Air Koryo" mistaken for a person).
  // Only "men"/"women": "where the two leaders agreed" after "last month's summit with Moon" names the summit's leaders, whoever they were.
  const alone = /\bthe\s+two\s+(?:men|women)\b/i.test(after) ? uniqueById(inSentence.filter((m) => m.kind === 'PERSON' && !isSpeaker(text, m))) : [];
  const earlier = alone.length === 1 ? protagonist(mentions, sentence.start, alone[0]!.id) : undefined;
  if (earlier) return { found: asParticipants([earlier, alone[0]!]), how: 'pair' };
  // "Kim told Xi during talks in Beijing": the people speaking to each other during them are the parties.
  if (/\b(?:during|at|in)\s+(?:their\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, trigger.start))) {
    const speakers = uniqueById(inSentence.filter((m) => m.kind === 'PERSON' && m.end <= trigger.start));
    if (speakers.length === 2 && /\b(?:told|asked|assured|urged|promised)\b/i.test(text.slice(speakers[0]!.end, speakers[1]!.start))) return { found: asParticipants(speakers), how: 'pair' };
  }
  // "Trump's top envoy" is the envoy, not Trump; "Kim's calls for relief" is still Kim.
  const stand = (m: EntityMention) => !/^['’]s\s+(?:[\p{L}-]+\s+)?(?:top|envoy|aide|aides|adviser|advisers|official|officials|spokesman|spokeswoman|negotiator|representative|administration|government|office|team|sister|wife|son|daughter)\b/iu.test(text.slice(m.end, m.end + 40));
  // "The talks were the first since Trump and Kim met", "Kim told Xi during talks that Pyongyang will ... Trump":
  // people past a subordinating word or a finite "that" clause belong to another clause's event.
  const sameClause = (m: EntityMention) => !SUBORDINATE.test(m.start >= trigger.end ? text.slice(trigger.end, m.start) : text.slice(m.end, trigger.start));
  const people = uniqueById(inSentence.filter((m) => m.kind === 'PERSON' && !isSpeaker(text, m) && stand(m) && sameClause(m)));
  // "the informal summit of EU leaders", "an EU leaders' summit": the body whose leaders meet takes part.
  const leaders = /^summit$/i.test(trigger.text) ? inSentence.find((m) => m.kind === 'ORGANIZATION' && (/^\s+of\s+(?:the\s+)?$/i.test(text.slice(trigger.end, m.start)) ? /^\s+leaders\b/i.test(text.slice(m.end, m.end + 9)) : /^\s+leaders['’]?\s+$/i.test(text.slice(m.end, trigger.start)))) : undefined;
  if (leaders) return { found: asParticipants(uniqueById([leaders, ...people])), how: 'fallback' };
  if (people.length > 1) return { found: asParticipants(people), how: 'fallback' };
  // "At their talks on Thursday, Xi told Kim ...": with "their", the people speaking are the parties.
  if (/\btheir\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, trigger.start))) {
    const all = uniqueById(inSentence.filter((m) => m.kind === 'PERSON'));
    if (all.length > 1) return { found: asParticipants(all), how: 'pair' };
  }
  // "in Geneva, Switzerland", "talks in Iran": a country that locates something is where, not who.
  // The country must head its noun group: "in the North Korean capital" names no venue by the country.
  // "the summit of EU leaders in Austria has ended": a finite verb after the country ends its noun group as well.
  // "in Panama City, the capital of Panama": the country a capital or city is of is where too.
  const locative = (m: EntityMention) =>
    (HEAD_END.test(text.slice(m.end, m.end + 20)) || /^\s+(?:has|have|had|is|are|was|were|will|would)\b/i.test(text.slice(m.end, m.end + 10))) &&
    (/\b(?:in|at|(?:capital|city|town|port)\s+of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 16), m.start)) ||
      mentions.some((p) => p.kind === 'PLACE' && p.end <= m.start && /^,\s*$/.test(text.slice(p.end, m.start))));
  const countries = inSentence.filter((m) => m.kind === 'COUNTRY' && !isSpeaker(text, m) && !locative(m));
  const attendees = people.length > 0 ? attendeeCountries(text, countries, sentence.end) : new Set<string>();
  return { found: asParticipants(uniqueById([...people, ...countries.filter((m) => !attendees.has(m.id))])), how: 'fallback' };
}

function asParticipants(ms: EntityMention[]): RawParticipant[] {
  return ms.map((m) => ({ mention: m, role: 'participant' }));
}

/** "Moon and Trump plan to hold a summit", "North Korean and US officials are holding talks": the last "X and Y" before the trigger. */
function pairBefore(text: string, trigger: Span, inSentence: EntityMention[]): EntityMention[] | null {
  const before = inSentence.filter((m) => m.end <= trigger.start);
  for (let i = before.length - 1; i > 0; i--) {
    const a = before[i - 1]!;
    const b = before[i]!;
    // "Zarif (R) and Mogherini": a caption's bracketed position after a name leaves the pair whole.
    if (!/^\s+(?:\([^()]{1,12}\)\s+)?and\s+(?:the\s+)?(?:[\p{L}.]+\s+)?$/u.test(text.slice(a.end, b.start)) || a.id === b.id) continue;
    if (isSpeaker(text, b) || /[.;:]/.test(text.slice(b.end, trigger.start))) continue;
    // "Xi and his US counterpart Joe Biden": a country that qualifies the person after it is no party; the person is.
    const head = b.kind === 'COUNTRY' ? before[i + 1] : undefined;
    const qualified = head?.kind === 'PERSON' && text.slice(b.end, head.start).trim().split(/\s+/).every((w) => QUALIFIER_WORD.test(w) || isPersonTitle(w));
    const officer = officerOf(text, b, before[i + 1]);
    if (officer) return [a, officer];
    // "A, B, C and D met": the list goes back through its commas (and the countries that qualify its people).
    let first = a;
    for (let j = i - 2; j >= 0; j--) {
      const gap = text.slice(before[j]!.end, first.start);
      if (!LIST_BACK.test(gap) || (before[j]!.kind !== 'COUNTRY' && !/,/.test(gap))) break;
      first = before[j]!;
    }
    const items = first !== a ? coordinatedActors(text, first, before, trigger.start).filter((m) => !isSpeaker(text, m)) : [];
    if (items.length > 2 && items.some((m) => m.id === b.id || m.id === head?.id)) return [...spelledOutWith(text, first, before), ...items];
    return [a, qualified ? head : b];
  }
  return null;
}

/** "Iran and the group of six powers (Russia, China, ...)": a list in brackets spells out a group coordinated with a party before it, which stays a side. */
function spelledOutWith(text: string, first: EntityMention, before: EntityMention[]): EntityMention[] {
  const side = [...before].reverse().find((m) => m.end <= first.start);
  return side && GROUP_SPELLED_OUT.test(text.slice(side.end, first.start)) ? [side] : [];
}

/** The person a trigger's clause is about: the nearest non-speaking person before it, or "his"/"their" -> the last person named. */
function subjectOf(text: string, trigger: Span, sentence: Span, inSentence: EntityMention[], all: EntityMention[], not?: string): EntityMention | undefined {
  // "Kim told Xi ... his second summit with Trump": "his" right before the trigger is the sentence's subject.
  if (/\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, trigger.start))) {
    const first = inSentence.find((m) => m.end <= trigger.start && m.kind === 'PERSON' && m.id !== not);
    if (first) return first;
  }
  // "Pompeo said that he spoke with Qureshi": a pronoun subject is the person named before it, a speaker too.
  if (/\b(?:he|she)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, trigger.start))) {
    const named = [...inSentence].reverse().find((m) => m.end <= trigger.start && m.kind === 'PERSON' && m.id !== not);
    if (named) return named;
  }
  const before = inSentence.filter((m) => m.end <= trigger.start && m.kind === 'PERSON' && !isSpeaker(text, m) && m.id !== not);
  if (before.length > 0) return before[before.length - 1];
  // "“... I spoke with Swaraj ...,” Pompeo said": a first-person subject in a quote is its speaker.
  const speaker = quoteSpeaker(text, trigger, sentence, inSentence, all);
  if (speaker && speaker.id !== not) return speaker;
  if (/\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, trigger.start))) {
    return [...all].reverse().find((m) => m.end <= trigger.start && m.kind === 'PERSON' && m.id !== not);
  }
  return inSentence.find((m) => m.start >= trigger.end && m.kind === 'PERSON' && m.id !== not);
}

/** The speaker of a quote whose first person is the trigger's subject: the person named after the quote, or the one "he"/"she" there points back to. */
function quoteSpeaker(text: string, trigger: Span, sentence: Span, inSentence: EntityMention[], all: EntityMention[]): EntityMention | undefined {
  if (!/(?:^|[\s“"‘,])I\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(sentence.start, trigger.start)) || !/[“"]/.test(text.slice(sentence.start, trigger.start))) return undefined;
  const close = /[”"]/.exec(text.slice(trigger.end, sentence.end));
  if (!close) return undefined;
  const after = trigger.end + close.index + 1;
  const tail = text.slice(after, sentence.end);
  if (/^\s*(?:he|she)\s+(?:said|says|told|wrote|added)\b/i.test(tail)) return [...all].reverse().find((m) => m.kind === 'PERSON' && m.end <= sentence.start);
  const named = inSentence.find((m) => m.kind === 'PERSON' && m.start >= after && m.start <= after + 4);
  return named && isSpeaker(text, named) ? named : undefined;
}

function clauseEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, limit);
  const m = /[,;:(]|\s(?:on|in|at|to|which|who|that|after|before|since|over|for)\s/.exec(rest);
  return m ? from + m.index : limit;
}

/** "Trump-Kim summit", "US-North Korea summit", "inter-Korean summit": the names hyphenated right before the trigger. */
function compoundBefore(text: string, trigger: Span, inSentence: EntityMention[]): EntityMention[] {
  const lead = text.slice(Math.max(0, trigger.start - 60), trigger.start);
  const adjective = /([\p{L}]+-[\p{L}]+)\s+$/u.exec(lead);
  const codes = adjective ? gazetteer().adjectives.get(aliasKey(adjective[1]!)) : undefined;
  if (adjective && codes) {
    const at = trigger.start - adjective[0].length;
    return codes.map((code) => {
      const c = gazetteer().countryByCode.get(code)!;
      return { start: at, end: at + adjective[1]!.length, text: adjective[1]!, kind: 'COUNTRY', id: c.id, name: c.name, by: 'events/participants:adjective' };
    });
  }
  const chain: EntityMention[] = [];
  let cursor = trigger.start;
  for (let i = inSentence.length - 1; i >= 0; i--) {
    const m = inSentence[i]!;
    if (m.end > cursor) continue;
    const gap = text.slice(m.end, cursor);
    const ok = chain.length === 0 ? /^\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+)?$/i.test(gap) || /^\s*$/.test(gap) : /^[-\u2010-\u2015]$/.test(gap);
    if (!ok) break;
    chain.unshift(m);
    cursor = m.start;
  }
  return chain.length >= 2 ? chain : [];
}

/** "between the US and North Korean leaders": countries followed by "leaders" stand for their leaders. */
function asLeaders(text: string, listed: EntityMention[], stop: number, reference: string | null): RawParticipant[] {
  const leaders = /^\s*leaders\b/i.test(text.slice(listed[listed.length - 1]!.end, stop + 10));
  return uniqueById(listed).map((m) => {
    if (!leaders || m.kind !== 'COUNTRY') return { mention: m, role: 'participant' };
    const code = gazetteer().byId.get(m.id)?.country;
    const holder = code ? officeHolder(code, 'leader', reference, new Set()) : null;
    const person = holder ? gazetteer().byId.get(holder.person) : undefined;
    return { mention: person ? { ...m, kind: 'PERSON', id: person.id, name: person.name, by: 'events/participants:leaders' } : m, role: 'participant' };
  });
}

/** The person named most often before a point (the latest of those tied), other than `not`. */
function protagonist(mentions: EntityMention[], before: number, not: string): EntityMention | undefined {
  const counts = new Map<string, { n: number; last: EntityMention }>();
  for (const m of mentions) if (m.end <= before && m.kind === 'PERSON' && m.id !== not) counts.set(m.id, { n: (counts.get(m.id)?.n ?? 0) + 1, last: m });
  return [...counts.values()].reduce<{ n: number; last: EntityMention } | undefined>((best, c) => (!best || c.n >= best.n ? c : best), undefined)?.last;
}

/** The last two people named before a point, leaders in office on the reference day first. */
function lastTwoPeople(mentions: EntityMention[], before: number, reference: string | null): EntityMention[] | null {
  const g = gazetteer();
  const leads = (id: string) => !reference || g.offices.some((o) => o.person === id && g.leaderOffices.has(o.office) && (o.from === null || o.from <= reference) && (o.to === null || reference <= o.to));
  for (const onlyLeaders of [true, false]) {
    const out: EntityMention[] = [];
    for (let i = mentions.length - 1; i >= 0 && out.length < 2; i--) {
      const m = mentions[i]!;
      if (m.end <= before && m.kind === 'PERSON' && !out.some((o) => o.id === m.id) && (!onlyLeaders || leads(m.id))) out.push(m);
    }
    if (out.length === 2) return out.reverse();
  }
  return null;
}
