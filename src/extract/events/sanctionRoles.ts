// Imposer, target and action of sanctions a sentence talks about. "U.S.-led sanctions",
// "sanctions by X" and a country (or its leader) that maintains, imposes or refuses to lift them
// give the imposer; "sanctions on/against X", or the side that asks for relief, the target.
// People and a country's organs ("the U.S. Treasury's Office of Foreign Assets Control") stand for their countries here; the United Nations and other
// bodies of no one country impose in their own name; a company or bank can be the target. Talk of
// relief alone is no sanctions event. Hand-written rules.
import type { EntityMention, Span } from '../../model/index.js';
import { gazetteer } from '../entities/gazetteer.js';
import { aliasKey } from '../entities/slug.js';
import { UNDOING } from './restrictiveMeasures.js';
import { isSpeaker } from './speakers.js';

export interface SanctionRoles {
  imposer: string;
  /** Sides coordinated with the imposer that impose with it ("Saudi Arabia, Egypt, Bahrain and the UAE cut ties with Qatar"). */
  coImposers: string[];
  /** null: people the sentence counts but does not name ("sanctions on 17 individuals"). */
  target: string | null;
  action: string;
}

const UNNAMED = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|more)\s+(?:more\s+)?(?:individuals|people|persons|officials|entities|companies)\b/i;

export function sanctionRoles(text: string, trigger: Span, sentence: Span, mentions: EntityMention[]): SanctionRoles | null {
  const g = gazetteer();
  // Countries and international bodies impose sanctions; people and a country's own organs (its
  // treasury, its ministries) stand for their countries. Any organisation can be a target (a state
  // company, a bank), in its own name.
  const countryOf = (m: EntityMention): string | null => {
    if (m.kind === 'COUNTRY') return m.id;
    const home = m.kind === 'PERSON' || m.kind === 'ORGANIZATION' ? g.byId.get(m.id)?.country : null;
    if (home) return g.countryByCode.get(home)?.id ?? null;
    return m.kind === 'ORGANIZATION' ? (ownerCountry(text, m, mentions) ?? m.id) : null;
  };
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && countryOf(m));
  const s = sentence.text;
  const before = text.slice(sentence.start, trigger.start);
  const after = text.slice(trigger.end, sentence.end);

  let imposer: EntityMention | undefined = inSentence.find((m) => m.end <= trigger.start && /^[-\u2010-\u2015]led\b/i.test(text.slice(m.end, m.end + 5)));
  const by = /^\s+(?:imposed\s+)?by\s+/i.exec(after);
  if (!imposer && by) imposer = inSentence.find((m) => m.start >= trigger.end + by[0].length && m.start <= trigger.end + by[0].length + 5);
  // A measure told by a verb phrase ("cut ties with Qatar", "closed its airspace to Qatar", "withdrew MFN status to Pakistan") names its target after it.
  const phrase = /\s/.test(trigger.text) && !/^(?:arms|trade|oil|travel|entry|visa|asset|export|entity|state)\b/i.test(trigger.text);
  const on = (phrase ? /^\s+(?:[\p{L}-]+\s+){0,3}?(?:on|against|with|to|from|for)\s+/iu : /^\s+(?:[\p{L}-]+\s+){0,2}?(?:on|against)\s+/iu).exec(after);
  // "on North Korea", "on the state-owned oil company Vostok Petroleum": a few lower-case words may come first.
  const onTarget = (m: EntityMention) => m.start >= trigger.end + on![0].length && /^(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(trigger.end + on![0].length, m.start));
  let target: EntityMention | undefined = on ? inSentence.find(onTarget) : undefined;
  const relief = /^\s+(?:relief|easing|exemptions?)\b/i.test(after) || /\b(?:lift|ease|easing|lifting)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before);
  const refused = /\b(?:refus\w*|reject\w*|won['’]t|will not|not)\b/i.test(before);
  if (relief && !target) {
    // The side that asks for relief is the one under sanctions: "Kim's calls for sanctions relief".
    target = [...inSentence].reverse().find((m) => m.end <= trigger.start && /^['’]s\s+(?:[\p{L}-]+\s+)?(?:calls?|demands?|requests?|push|bid|insistence)\b|^\s+(?:called|calls|stressed|pressed|pushed|asked|demanded|sought|begged)\s+for\b/u.test(text.slice(m.end, m.end + 30))) ?? target;
  }
  // "sanctions on 17 Saudi nationals", "entry bans for 18 Saudi citizens": people named by their nationality stand for their country; "imposed by Saudi officials" names the imposer.
  const tId = target ? (target.kind === 'ORGANIZATION' ? target.id : countryOf(target)) : by ? null : (nationalsOf(after) ?? null);
  const verb = [...before.matchAll(/\b(?:maintain|impos|keep|slap|extend|tighten|refus|reject|lift|eas|persist)\w*/gi)].pop();
  // A measure told by a verb phrase is its clause subject's: the nearest side before it that is not only a speaker ("SPA said Riyadh cut ties").
  if (!imposer && phrase) imposer = [...inSentence].reverse().find((m) => m.end <= trigger.start && countryOf(m) !== tId && !isSpeaker(text, m));
  if (!imposer && verb) imposer = [...inSentence].reverse().find((m) => m.end <= sentence.start + verb.index && countryOf(m) !== tId);
  if (!imposer && !verb) imposer = inSentence.find((m) => countryOf(m) !== tId && m.end <= trigger.start);
  const iId = imposer ? countryOf(imposer) : null;
  // A verb phrase names its target after it, or names none ("closed borders with its neighbour"; "Cuba and the US restored relations").
  let targetId = tId ?? (iId && !phrase ? inSentence.map(countryOf).find((c) => c && c !== iId) ?? null : null);
  // "imposed sanctions on 17 individuals": people counted, not named, are a target the sentence leaves open.
  const unnamed = !targetId && on !== null && UNNAMED.test(text.slice(trigger.end + on[0].length, sentence.end));
  if (!iId || (!targetId && !unnamed) || iId === targetId) return null;
  if (/\bsurrender to\b/i.test(before) && imposer && imposer.end > trigger.start) targetId = countryOf(imposer)!;
  if (relief) return null;
  const action = relief ? (refused ? 'relief refused' : 'relief demanded') : phrase && UNDOING.test(trigger.text) ? 'eased' : /\b(?:maintain\w*|remain\w* in place|persist\w*|keep\w*)\b/i.test(s) ? 'maintained' : /\b(?:lift\w*|eas\w*)\b/i.test(before) ? 'eased' : 'imposed';
  const coImposers = phrase && imposer ? coordinated(text, imposer, inSentence).map(countryOf).filter((c): c is string => !!c && c !== iId && c !== targetId) : [];
  return { imposer: iId, coImposers: [...new Set(coImposers)], target: targetId, action };
}

/** The list a mention stands in ("A, B and the C"), itself left out. */
function coordinated(text: string, m: EntityMention, mentions: EntityMention[]): EntityMention[] {
  // "The UAE, along with Saudi Arabia and Egypt, cut ties": "along with", "together with", "as well as" coordinate too.
  const joined = (a: EntityMention, b: EntityMention) => /^\s*(?:,\s*(?:and\s+|(?:along|together)\s+with\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+(?:along|together)\s+with\s+|\s+as\s+well\s+as\s+)(?:the\s+)?$/.test(text.slice(a.end, b.start));
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let i = sorted.indexOf(m);
  const out: EntityMention[] = [];
  for (let j = i; j > 0 && joined(sorted[j - 1]!, sorted[j]!); j--) out.push(sorted[j - 1]!);
  for (i = sorted.indexOf(m); i + 1 < sorted.length && joined(sorted[i]!, sorted[i + 1]!); i++) out.push(sorted[i + 1]!);
  return out;
}

/** "sanctions, including travel bans, on 18 Saudi citizens", "sanctioned 17 Saudi Arabian nationals", "to tighten Russian banks'
 *  access": the state of the people or firms targeted (not of goods: "sanctions on Chilean copper"). */
function nationalsOf(after: string): string | undefined {
  const m = /^[^.;:]{0,60}?(?:\bon|\bagainst|\bfor|\btarget(?:s|ing)?|\bhit(?:s|ting)?|\bban(?:s|ning|ned)?|\btighten(?:s|ing)?|^)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|more|other|the|top|senior|former|major|leading|big)\s+){0,3}(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:citizens|nationals|officials|individuals|people|persons|suspects|operatives|agents|oligarchs|businessmen|banks|firms|companies|entities|businesses)\b/u.exec(after);
  if (!m) return undefined;
  const g = gazetteer();
  const words = m[1]!.split(/\s+/);
  const code = g.demonyms.get(aliasKey(words.join(' '))) ?? g.demonyms.get(aliasKey(words[0]!)) ?? shortDemonym(aliasKey(words[0]!));
  return code ? g.countryByCode.get(code)?.id : undefined;
}

/** "Saudi" for "Saudi Arabian": the one country whose demonym of several words starts with the word. */
function shortDemonym(word: string): string | undefined {
  // Never a compass or generic first word ("North", "New").
  if (/^(?:north|south|east|west|new|united|central|democratic|republic|great)$/.test(word)) return undefined;
  const codes = new Set([...gazetteer().demonyms].filter(([k]) => k.startsWith(`${word} `)).map(([, code]) => code));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** "The U.S. Department of the Treasury's Office of Foreign Assets Control": the country that opens an organ's noun group owns it. */
function ownerCountry(text: string, m: EntityMention, mentions: EntityMention[]): string | null {
  let head = m;
  for (let i = mentions.indexOf(m) - 1; i >= 0; i--) {
    const q = mentions[i]!;
    if (q.end > head.start) continue;
    if (!/^(?:['’]s)?\s+$/u.test(text.slice(q.end, head.start))) return null;
    if (q.kind === 'COUNTRY') return q.id;
    if (q.kind !== 'ORGANIZATION') return null;
    head = q;
  }
  return null;
}
