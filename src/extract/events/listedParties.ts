// Who a listing puts on a sanctions list: the named parties between a listing verb and the list
// ("put YMTC and 21 Chinese firms on its entity list", "added two Chilean banks to the trade
// blacklist"), or between "designated" and "as a (global) terrorist" ("the UN designated Ann Smith
// as a global terrorist"); with the state the listed firms or people are of, when a nationality
// names them; or named right after a listing verb told as done ("the Treasury blacklisted Ann Smith,
// an aide to the minister, and consul Bo Lee for the killing"), up to the reason or the clause's end,
// without the names inside an apposition's prepositional phrase ("an aide to Minister X").
// A listed person or firm is the target in its own name, not its country's.
// Contract: pure; null when the trigger ends no listing phrase.
// Example: "Norway put Andes Mining and two other Chilean firms on its entity list"
//   -> { listed: [Andes Mining], nationality: 'country:chile', verbAt: <offset of "put"> }.
import type { EntityMention, Span } from '../../model/index.js';
import { nationalsOf } from './nationalsOf.js';

export interface Listing {
  listed: EntityMention[];
  nationality: string | null;
  /** Text offset of the listing verb: its subject, before it, lists. */
  verbAt: number;
  /** A passive listing: only a party named in the list's own words, from verbAt up to here ("the US trade blacklist"), lists. */
  listerEnd?: number;
}

/** "put X on its entity list", "added X to a trade blacklist": the list words end right before the trigger. */
const ONTO_LIST = /\b(?:put|puts|putting|add|adds|added|adding|place|places|placed|placing)\s+([^;:]{1,200}?)\s+(?:on|onto|to)\s+(?:(?:its|the|a|an|their|his|her|Washington['’]s)\s+)?(?:[\p{L}.’'-]+\s+){0,3}$/iu;
/** "21 Chinese firms (were) added to the US trade blacklist": a passive listing; the list's own modifier, if any, lists. */
const ONTO_LIST_PASSIVE = /(?:^|[,;]\s*)([^;:,]{1,160}?)\s+(?:(?:were|was|are|is|been|being|have\s+been|has\s+been|had\s+been|will\s+be)\s+)?(?:added|put|placed)\s+(?:on|onto|to)\s+(?:(?:its|the|a|an|their)\s+)?((?:[\p{L}.’'-]+\s+){0,3})$/iu;
/** "designated X as a global terrorist": the trigger is the verb, X and the title follow it. */
const AS_TERRORIST = /^\s+([^;:]{1,160}?)\s+as\s+(?:an?\s+)?["“‘']?(?:(?:global|international|specially\s+designated(?:\s+global)?|foreign)\s+)?terrorists?\b/iu;

/** "blacklisted X, Y and Z for ...": the object of a listing verb, up to its reason, a time or the clause's end. */
const LISTED_OBJECT = /^\s+([^;:.]{1,240}?)(?=\s+(?:for|over|because|in\s+(?:connection|response|relation)|under|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\s*[;:.]|\s*$)/iu;
/** The words from the last list separator to a name: a preposition there puts the name inside an apposition ("an aide to Minister X"). */
const IN_APPOSITION = /\b(?:to|of|for|with|by|from|in|at|under)\s+(?:[^,]*?)$/i;

/** "blacklisted Ann Smith, an aide to X, and consul Bo Lee": the people and firms a listing verb names as its object. */
function namedObjects(text: string, trigger: Span, sentence: Span, mentions: EntityMention[]): Listing | null {
  if (!/^(?:blacklisted|sanctioned)$/i.test(trigger.text) || /^\s+(?:by|as|under)\b/i.test(text.slice(trigger.end, trigger.end + 7))) return null;
  // "the sanctioned officials met X", "X was sanctioned": a participle or a passive has no object to list.
  if (/\b(?:the|a|an|its|their|his|her|those|these|was|were|is|are|been|be|being|get|got)\s+$/i.test(text.slice(sentence.start, trigger.start))) return null;
  const m = LISTED_OBJECT.exec(text.slice(trigger.end, sentence.end));
  if (!m) return null;
  const from = trigger.end + m[0].indexOf(m[1]!);
  const to = from + m[1]!.length;
  const listed = mentions.filter((e) => e.start >= from && e.end <= to && (e.kind === 'ORGANIZATION' || e.kind === 'PERSON') && !IN_APPOSITION.test(text.slice(from, e.start).split(/,|\band\b|\bas\s+well\s+as\b/).pop()!));
  return listed.length > 0 ? { listed, nationality: null, verbAt: trigger.start } : null;
}

export function listedParties(text: string, trigger: Span, sentence: Span, mentions: EntityMention[]): Listing | null {
  const before = text.slice(sentence.start, trigger.start);
  const onto = ONTO_LIST.exec(before);
  const passive = onto ? null : ONTO_LIST_PASSIVE.exec(before);
  if (passive) {
    // Listed parties before the verb; the lister only as the list's modifier ("the US trade blacklist"): else none, no event.
    const start = sentence.start + passive.index + passive[0].indexOf(passive[1]!);
    const listed = mentions.filter((e) => e.start >= start && e.end <= start + passive[1]!.length && (e.kind === 'ORGANIZATION' || e.kind === 'PERSON'));
    const nationality = nationalityIn(passive[1]!);
    const listWords = sentence.start + passive.index + passive[0].length - passive[2]!.length;
    return listed.length > 0 || nationality ? { listed, nationality, verbAt: listWords, listerEnd: trigger.end } : null;
  }
  const as = onto ? null : /^designat/i.test(trigger.text) ? AS_TERRORIST.exec(text.slice(trigger.end, sentence.end)) : null;
  const m = onto ?? as;
  if (!m) return namedObjects(text, trigger, sentence, mentions);
  const from = onto ? sentence.start + onto.index + onto[0].indexOf(onto[1]!, onto[0].search(/\s/)) : trigger.end + as![0].indexOf(as![1]!);
  const to = from + m[1]!.length;
  const inside = mentions.filter((e) => e.start >= from && e.end <= to && (e.kind === 'ORGANIZATION' || e.kind === 'PERSON'));
  // "Jaish-e-Mohammed chief Masood Azhar", "memory chipmaker YMTC": a name that qualifies the next one is not listed itself.
  const listed = inside.filter((e) => !inside.some((f) => f.start > e.end && /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(e.end, f.start))));
  const nationality = nationalityIn(m[1]!);
  if (listed.length === 0 && !nationality) return null;
  return { listed, nationality, verbAt: onto ? sentence.start + onto.index : trigger.start };
}

/** The state a listed group is of, wherever in the phrase its nationality stands ("a total of 35 Chinese entities", "YMTC and 21 other Chinese firms"). */
function nationalityIn(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const found = nationalsOf(` ${words.slice(i).join(' ')}`);
    if (found) return found;
  }
  return null;
}
