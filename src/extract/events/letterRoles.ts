// Sender, recipient and description of the letters a sentence reports. Rules, in order:
//   "X and Y ... letters which the former described as “Q1” and the latter as “Q2”"  -> Y->X "Q1", X->Y "Q2"
//   "X called Y's letter “Q”", "X described Y's as “Q”"  (the one who describes it received it)
//   "X and Y exchanged letters"                          -> X->Y and Y->X
//   "X received a letter from Y", "he had received a “beautiful letter” ... from Y"
//   "X's letter", "X sent Y a letter", "a letter (from X) to Y"
// Pronouns take the nearest person before them. Hand-written rules over entity mentions.
import type { EntityMention, Span } from '../../model/index.js';
import { antecedent } from './antecedent.js';

export interface LetterRoles {
  sender: EntityMention | null;
  recipient: EntityMention | null;
  description: string | null;
  span: Span;
}

const QUOTE = /[“"]([^”"]{1,60})[”"]/g;
const DESCRIBE = /^\s+(?:called|described|praised|hailed|termed|labell?ed)\s+$/i;

export function letterRoles(text: string, trigger: Span, sentence: Span, mentions: EntityMention[]): LetterRoles[] {
  const s = sentence.text;
  const people = mentions.filter((m) => m.kind === 'PERSON' && m.start >= sentence.start && m.end <= sentence.end);
  const at = (i: number) => sentence.start + i;
  if (/^\s*exchanges?\b/i.test(text.slice(trigger.end, trigger.end + 12))) return [];
  // "Obama wrote to Khamenei", "X wrote a letter to Y": the writer before, the one written to after "to".
  if (/^(?:wrote|writes|written|writing|write)$/i.test(trigger.text)) {
    const to = /^\s+(?:a\s+(?:[\p{L}-]+\s+)?(?:letter|note|message)\s+)?to\s+/iu.exec(text.slice(trigger.end, sentence.end));
    const actors = mentions.filter((m) => (m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION') && m.start >= sentence.start && m.end <= sentence.end);
    const recipient = to ? (actors.find((m) => m.start === trigger.end + to[0].length) ?? null) : null;
    const sender = [...actors].reverse().find((m) => m.end <= trigger.start) ?? antecedent(mentions, trigger.start) ?? null;
    return recipient || sender ? [{ sender, recipient, description: null, span: sentence }] : [];
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

  let sender: EntityMention | null = null;
  let recipient: EntityMention | null = null;
  const from = /\bfrom\s+/g;
  from.lastIndex = trigger.end - sentence.start;
  const f = from.exec(s);
  if (f) sender = people.find((m) => m.start >= at(f.index) && m.start <= at(f.index) + 30) ?? null;
  const recv = /\b(?:received|receives|got|gets|receiving)\b/i.exec(s);
  if (recv) {
    const subj = /\b(?:he|she)\s+(?:[\p{L}]+\s+){0,2}$/iu.test(s.slice(0, recv.index))
      ? antecedent(mentions, at(recv.index) - 8)
      : [...people].reverse().find((m) => m.end <= at(recv.index));
    recipient = subj ?? null;
  }
  // "Trump's letter to Kim", "a letter addressed to Trump", "the letter from Obama to Khamenei".
  const to = /^\s+(?:(?:addressed|sent|written|delivered)\s+)?(?:from\s+(?:[\p{L}.'’-]+\s+){1,4})?to\s+/iu.exec(text.slice(trigger.end, sentence.end));
  const addressee = to ? mentions.find((m) => (m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION') && m.start === trigger.end + to[0].length) : undefined;
  if (addressee && !recipient) recipient = addressee;
  const possessive = [...people].reverse().find((m) => m.end <= trigger.start && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end, trigger.start)));
  if (!sender && possessive) sender = possessive;
  const sent = /\b(?:sent|sends|wrote|writes|delivered)\b/i.exec(s);
  if (sent && !sender) sender = [...people].reverse().find((m) => m.end <= at(sent.index)) ?? null;
  if (sender && !recipient) recipient = people.find((m) => m.id !== sender!.id && !/\b(?:said|says)\b/.test(text.slice(m.end, m.end + 10))) ?? null;
  if (!sender && !recipient) return [];
  return [{ sender, recipient, description: nearestQuote(text, trigger, sentence), span: sentence }];
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
