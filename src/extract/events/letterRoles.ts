// Sender, recipient and description of the letters a sentence reports. Rules, in order:
//   "X and Y ... letters which the former described as “Q1” and the latter as “Q2”"  -> Y->X "Q1", X->Y "Q2"
//   "X called Y's letter “Q”", "X described Y's as “Q”"  (the one who describes it received it)
//   "X and Y exchanged letters"                          -> X->Y and Y->X
//   "X received a letter from Y", "he had received a “beautiful letter” ... from Y"
//   "X's letter", "X sent Y a letter", "a letter (from X) to Y", "a letter signed by X"
//   the one who only carries it is no sender: "envoy X delivered a letter", "X handed over a letter signed by Y"
//   the clause the trigger sits in (when the clause layer has it): "X sent/wrote/addressed/signed
//   a letter to Y" -> X->Y, "Y received a letter from X" -> X->Y, "In a letter to Y, X said" -> X->Y
// A letter's sender is never also its recipient, and one who only speaks of it is neither.
// Pronouns take the nearest person before them. Hand-written rules over entity mentions.
import type { EntityMention, Span } from '../../model/index.js';
import { charSpan } from '../clauses/charSpan.js';
import { addressee } from './addressee.js';
import { antecedent } from './antecedent.js';
import { mainSubject, prepActor, subjectActor } from './clauseSubject.js';
import { possessor } from './possessor.js';
import { isSpeaker } from './speakers.js';
import type { Site } from './triggerSite.js';

export interface LetterRoles {
  sender: EntityMention | null;
  recipient: EntityMention | null;
  description: string | null;
  span: Span;
}

const QUOTE = /[“"]([^”"]{1,60})[”"]/g;
/** Verbs whose subject sends the letter that is their object. */
const SENDING = new Set(['send', 'write', 'address', 'sign', 'pen', 'dispatch', 'deliver', 'hand', 'submit', 'draft', 'issue', 'mail', 'fire']);
const RECEIVING = new Set(['receive', 'get', 'obtain']);
/** "In a letter to Y, X said ...": what the subject says in a letter is written by it. */
const SAYING = new Set(['say', 'write', 'tell', 'ask', 'request', 'warn', 'urge', 'add', 'argue', 'insist', 'state', 'demand', 'propose', 'suggest', 'explain', 'express', 'inform', 'seek', 'note', 'call', 'offer', 'thank', 'praise', 'reject', 'accuse', 'threaten', 'pledge', 'promise', 'confirm', 'make']);
const DESCRIBE = /^\s+(?:called|described|praised|hailed|termed|labell?ed)\s+$/i;

/** `mentions`: the trigger's clause's entities; `whole`: the sentence's, for a signer a participle clause names ("a letter, signed by X"). */
export function letterRoles(text: string, trigger: Span, sentence: Span, mentions: EntityMention[], site: Site | null = null, whole: readonly EntityMention[] = mentions): LetterRoles[] {
  const s = sentence.text;
  const people = mentions.filter((m) => m.kind === 'PERSON' && m.start >= sentence.start && m.end <= sentence.end);
  const at = (i: number) => sentence.start + i;
  if (/^\s*exchanges?\b/i.test(text.slice(trigger.end, trigger.end + 12))) return [];
  // "Obama wrote to Khamenei", "X wrote a letter to Y": the writer before, the one written to after "to".
  if (/^(?:wrote|writes|written|writing|write)$/i.test(trigger.text)) {
    const to = /^\s+(?:a\s+(?:[\p{L}-]+\s+)?(?:letter|note|message)\s+)?to\s+/iu.exec(text.slice(trigger.end, sentence.end));
    const actors = mentions.filter((m) => (m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION') && m.start >= sentence.start && m.end <= sentence.end);
    const recipient = to ? addressee(text, trigger.end + to[0].length, sentence.end, mentions) : null;
    // The clause's subject writes, when the clause layer has one; a subject that names nobody ("the lawmakers wrote") names no sender.
    const own = site?.role === 'verb' && site.clause.subject !== null;
    const subject = own ? subjectActor(site, whole) : null;
    const sender = own ? subject : ([...actors].reverse().find((m) => m.end <= trigger.start) ?? antecedent(mentions, trigger.start) ?? null);
    return distinct(recipient || sender ? [{ sender, recipient, description: null, span: sentence }] : [], !subject);
  }

  const fl = /the former\s+(?:[\p{L}]+\s+){0,2}?(?:as\s+)?[“"]([^”"]+)[”"].*?the latter\s+(?:[\p{L}]+\s+){0,2}?(?:as\s+)?[“"]([^”"]+)[”"]/iu.exec(s);
  if (fl) {
    const pair = pairBefore(text, people, at(fl.index));
    if (pair) return [
      { sender: pair[1], recipient: pair[0], description: clean(fl[1]!), span: sentence },
      { sender: pair[0], recipient: pair[1], description: clean(fl[2]!), span: sentence },
    ];
  }

  const described: LetterRoles[] = [];
  for (let i = 0; i + 1 < people.length; i++) {
    const x = people[i]!;
    const y = people[i + 1]!;
    if (!DESCRIBE.test(text.slice(x.end, y.start))) continue;
    const rest = text.slice(y.end, sentence.end);
    const q = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:as\s+)?[“"]([^”"]+)[”"]/u.exec(rest);
    if (q) described.push({ sender: y, recipient: x, description: clean(q[1]!), span: sentence });
  }
  if (described.length > 0) return described;

  const exchange = /\bexchang(?:ed|ing|e)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, trigger.start));
  if (exchange) {
    const pair = pairBefore(text, people, trigger.start);
    if (pair) return [
      { sender: pair[0], recipient: pair[1], description: null, span: sentence },
      { sender: pair[1], recipient: pair[0], description: null, span: sentence },
    ];
  }

  const clause = site ? fromClause(site, mentions) : { sender: null, recipient: null };
  let sender: EntityMention | null = null;
  let recipient: EntityMention | null = clause.recipient;
  // "a letter, signed personally by Theresa May": the signer sends it, whoever carries it.
  const signed = /^[^.;]{0,40}?\bsigned\s+(?:personally\s+)?by\s+/i.exec(text.slice(trigger.end, sentence.end));
  if (signed) sender = whole.find((m) => m.kind === 'PERSON' && m.start === trigger.end + signed[0].length) ?? null;
  // "envoy X delivered a letter", "X hand-delivered a letter signed by Y": who carries a letter does not send it.
  const carrier = clause.sender !== null && site !== null && (sender !== null || carries(text, site, clause.sender)) ? clause.sender : null;
  const carried = carrier !== null;
  if (carried) clause.sender = null;
  const from = /\bfrom\s+/g;
  from.lastIndex = trigger.end - sentence.start;
  const f = from.exec(s);
  if (f && !sender) sender = people.find((m) => m.start >= at(f.index) && m.start <= at(f.index) + 30) ?? null;
  const recv = /\b(?:received|receives|got|gets|receiving)\b/i.exec(s);
  if (recv && !recipient && at(recv.index) < trigger.start) {
    const subj = /\b(?:he|she)\s+(?:[\p{L}]+\s+){0,2}$/iu.test(s.slice(0, recv.index))
      ? antecedent(mentions, at(recv.index) - 8)
      : [...people].reverse().find((m) => m.end <= at(recv.index));
    recipient = subj ?? null;
  }
  // "Trump's letter to Kim", "a letter addressed to Trump", "the letter from Obama to Khamenei".
  const to = /^\s+(?:(?:addressed|sent|written|delivered)\s+)?(?:from\s+(?:[\p{L}.'’-]+\s+){1,4})?to\s+/iu.exec(text.slice(trigger.end, sentence.end));
  const addressed = to ? addressee(text, trigger.end + to[0].length, sentence.end, mentions) : null;
  if (addressed && !recipient) recipient = addressed;
  // "Trump's letter", "Britain's notification letter": the possessor wrote it.
  const possessive = possessor(text, trigger, people) ?? possessor(text, trigger, actorsIn(mentions, sentence));
  if (!sender && possessive) sender = possessive;
  sender ??= clause.sender;
  // "In a letter to Y 1,000 days after the referendum, Mrs May said ...": the sentence's speaker after the fronted phrase wrote it.
  if (!sender && IN_A_LETTER.test(text.slice(sentence.start, trigger.start))) sender = speakerAfter(text, trigger, sentence, whole, recipient);
  // "Trump said Kim had received his letter", "Kim's letter to him": a pronoun means the one the sentence is about.
  if (!sender && site && /\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(sentence.start, trigger.start))) sender = mainSubject(site.sentence, mentions, recipient?.id ?? null);
  if (!recipient && site && /^\s+to\s+(?:him|her)\b/i.test(text.slice(trigger.end, sentence.end))) recipient = mainSubject(site.sentence, mentions, sender?.id ?? null);
  // The last resort: whoever the sentence says sent or wrote something before the letter, outside quotations.
  let weak = false;
  const sent = /\b(?:sent|sends|wrote|writes|delivered)\b/i.exec(s);
  if (sent && !sender && !carried && at(sent.index) < trigger.start && !insideQuote(s, sent.index)) {
    sender = [...people].reverse().find((m) => m.end <= at(sent.index) && !isSpeaker(text, m)) ?? null;
    weak = true;
  }
  if (sender && !recipient) recipient = people.find((m) => m.id !== sender!.id && m.id !== carrier?.id && !isSpeaker(text, m) && !/\b(?:said|says)\b/.test(text.slice(m.end, m.end + 10))) ?? null;
  if (!sender && !recipient) return [];
  return distinct([{ sender, recipient, description: nearestQuote(text, trigger, sentence), span: sentence }], weak);
}

/** Sender and recipient from the trigger's clause: the verb that sends, receives or speaks in the letter. */
function fromClause(site: Site, mentions: EntityMention[]): { sender: EntityMention | null; recipient: EntityMention | null } {
  const lemma = site.clause.verb?.lemma ?? '';
  if (site.role === 'object' && SENDING.has(lemma)) {
    // "sent Kim a letter": the object before the letter is whom it went to.
    const indirect = site.clause.objects.find((o) => o.end <= site.token && o !== site.argument);
    const span = indirect ? charSpan(site.sentence, indirect) : null;
    const to = prepActor(site, 'to', mentions) ?? (span ? (mentions.find((m) => m.start >= span.start && m.end <= span.end) ?? null) : null);
    return { sender: subjectActor(site, mentions), recipient: to };
  }
  if (site.role === 'object' && RECEIVING.has(lemma) && !site.clause.verb?.passive) return { sender: prepActor(site, 'from', mentions), recipient: subjectActor(site, mentions) };
  if (site.role === 'prep' && site.argument?.prep === 'in' && SAYING.has(lemma) && !site.clause.verb?.passive) return { sender: subjectActor(site, mentions), recipient: null };
  return { sender: null, recipient: null };
}

/** A sentence that opens with the letter: "In a letter to Y, ...", "In her letter, ...". */
const IN_A_LETTER = /^\W*In\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A verb of saying right after a name: "X said", "X has written", "X also proposed". */
const SAYS_AFTER = /^\s+(?:has\s+|had\s+|also\s+|then\s+)?(?:said|says|wrote|writes|written|told|tells|asked|asks|proposed|proposes|suggested|suggests|warned|warns|requested|requests|urged|urges|argued|argues|insisted|insists|offered|offers)\b/i;

/** The first side after a comma that says something, past the fronted phrase that holds the letter ("In a letter to Y ..., Mrs May said"). */
function speakerAfter(text: string, trigger: Span, sentence: Span, mentions: readonly EntityMention[], recipient: EntityMention | null): EntityMention | null {
  return mentions.find((m) => m.start > trigger.end && m.end <= sentence.end && m.id !== recipient?.id && (m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION')
    && /,\s+(?:[\p{L}.]+\s+){0,3}$/u.test(text.slice(Math.max(trigger.end, m.start - 40), m.start)) && SAYS_AFTER.test(text.slice(m.end, m.end + 30))) ?? null;
}

/** Verbs of carrying a letter, and the titles of those who carry others' letters. */
const CARRYING = new Set(['deliver', 'hand', 'carry', 'bring', 'convey', 'pass', 'relay', 'transmit']);
const CARRIER_TITLE = /\b(?:envoy|ambassador|emissary|messenger|courier|representative|diplomat|aide|mediator|intermediary|go-between)\s+(?:(?:Sir|Dame|Lord|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?$/i;

/** Whether the clause's subject only carries the letter: a verb of carrying, its subject titled an envoy ("British envoy Tim Barrow delivered a letter"). */
function carries(text: string, site: Site, subject: EntityMention): boolean {
  const lemma = site.clause.verb?.lemma ?? '';
  if (!CARRYING.has(lemma) && !/^hand-deliver/i.test(lemma)) return false;
  return CARRIER_TITLE.test(text.slice(Math.max(0, subject.start - 40), subject.start)) || /^,\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}(?:envoy|ambassador|emissary|messenger|courier|mediator)\b/iu.test(text.slice(subject.end, subject.end + 50));
}

/** A letter's sender is never its recipient: the weaker reading gives way (a guessed sender, else the recipient). */
function distinct(letters: LetterRoles[], weakSender: boolean): LetterRoles[] {
  return letters
    .map((l) => (l.sender && l.recipient && l.sender.id === l.recipient.id ? (weakSender ? { ...l, sender: null } : { ...l, recipient: null }) : l))
    .filter((l) => l.sender || l.recipient);
}

function actorsIn(mentions: EntityMention[], sentence: Span): EntityMention[] {
  return mentions.filter((m) => (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION') && m.start >= sentence.start && m.end <= sentence.end);
}

/** Whether a position of the sentence lies inside quotation marks opened before it. */
function insideQuote(s: string, i: number): boolean {
  const before = s.slice(0, i);
  return (before.match(/[“‘]/g)?.length ?? 0) > (before.match(/[”’](?![\p{L}])/gu)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

function pairBefore(text: string, people: EntityMention[], before: number): [EntityMention, EntityMention] | null {
  for (let i = people.length - 1; i > 0; i--) {
    const b = people[i]!;
    const a = people[i - 1]!;
    if (b.end <= before && /^\s+and\s+$/.test(text.slice(a.end, b.start)) && a.id !== b.id) return [a, b];
  }
  return null;
}

function nearestQuote(text: string, trigger: Span, sentence: Span): string | null {
  let best: { d: number; q: string } | null = null;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(sentence.text); m; m = QUOTE.exec(sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const d = end < trigger.start ? trigger.start - end : start > trigger.end ? start - trigger.end : 0;
    if (d <= 40 && (!best || d < best.d)) best = { d, q: clean(m[1]!) };
  }
  return best?.q ?? null;
}

function clean(q: string): string {
  return q.replace(/\bletters?\b/gi, '').replace(/[,.\s]+$/, '').replace(/\s+/g, ' ').trim();
}
