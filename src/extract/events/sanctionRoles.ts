// Imposer and target of sanctions a sentence talks about. "U.S.-led sanctions",
// "sanctions by X" and a country (or its leader) that maintains, imposes or refuses to lift them
// give the imposer; "sanctions on/against X", "put X on its entity list", "X's trade status",
// "duties on goods imported from X" the target. People and a country's organs ("the U.S. Treasury's Office of Foreign Assets Control")
// stand for their countries here; the United Nations and other bodies of no one country impose in
// their own name; a company, a bank or a listed person can be the target. What was done with the
// sanctions (imposed, lifted...) is sanctionMove's. Hand-written rules.
import type { EntityMention, Span } from '../../model/index.js';
import { gazetteer } from '../entities/gazetteer.js';
import { aliasKey } from '../entities/slug.js';
import { listedParties, type Listing } from './listedParties.js';
import { nationalsOf } from './nationalsOf.js';
import { isSpeaker } from './speakers.js';

export interface SanctionRoles {
  imposer: string;
  /** Sides coordinated with the imposer that impose with it ("Saudi Arabia, Egypt, Bahrain and the UAE cut ties with Qatar"). */
  coImposers: string[];
  /** null: people the sentence counts but does not name ("sanctions on 17 individuals"). */
  target: string | null;
  /** Further targets: the other parties a listing names, and the state of listed firms ("YMTC and 21 Chinese firms": China). */
  coTargets: string[];
}

/** "expanded its sanctions", "tightened their existing sanctions": a side's own measures, already in force, grown. */
export const OWN_MEASURES = /\b(?:expand|extend|widen|tighten|broaden|toughen|step\w*\s+up|ramp\w*\s+up|increas|add\w*\s+to)\w*\s+(?:its|their|it)\s+(?:own\s+|existing\s+|economic\s+|financial\s+)*$/i;
const DUTY = /\b(?:dut(?:y|ies)|tariffs)$/i;
/** "halted arms sales to the kingdom": a state named before, by a definite noun (its name's possessive is no such noun). */
const STATE_ANAPHOR = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:on|against|with|to|from|for)\s+the\s+(?:kingdom|emirate|sultanate|regime|country)\b(?!['’]s)/iu;
const UNNAMED = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|more)\s+(?:more\s+)?(?:individuals|people|persons|officials|entities|companies)\b/i;

/** `mentions`: the trigger's clause's; `whole`: the sentence's, for the goods' origin a reduced clause names ("goods imported from X"). */
export function sanctionRoles(text: string, trigger: Span, sentence: Span, mentions: EntityMention[], whole: readonly EntityMention[] = mentions): SanctionRoles | null {
  const g = gazetteer();
  // Countries and international bodies impose sanctions; people and a country's own organs (its
  // treasury, its ministries) stand for their countries. Any organisation can be a target (a state
  // company, a bank), in its own name.
  const countryOf = (m: EntityMention): string | null => {
    if (m.kind === 'COUNTRY') return m.id;
    const home = m.kind === 'PERSON' || m.kind === 'ORGANIZATION' ? g.byId.get(m.id)?.country : null;
    if (home) return g.countryByCode.get(home)?.id ?? null;
    return m.kind === 'ORGANIZATION' ? (ownerCountry(text, m, mentions) ?? organOf(m.name) ?? m.id) : null;
  };
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && countryOf(m));
  const listing = listedParties(text, trigger, sentence, mentions);
  if (listing) return listingRoles(text, listing, inSentence, countryOf);
  const before = text.slice(sentence.start, trigger.start);
  const after = text.slice(trigger.end, sentence.end);

  let imposer: EntityMention | undefined = inSentence.find((m) => m.end <= trigger.start && /^[-\u2010-\u2015]led\b/i.test(text.slice(m.end, m.end + 5)));
  // "sanctions imposed by X", "sanctions on Y were lifted by X": the agent of the measure's verb.
  const by = /^\s+(?:[^.;,]{0,60}?\b(?:imposed|lifted|removed|eased|relaxed|rescinded|revoked|announced|adopted|approved|slapped|levied|extended)\s+)?by\s+/i.exec(after);
  if (!imposer && by) imposer = inSentence.find((m) => m.start >= trigger.end + by[0].length && m.start <= trigger.end + by[0].length + 5);
  // A measure told by a verb phrase ("cut ties with Qatar", "closed its airspace to Qatar", "withdrew MFN status to Pakistan") names its target after it.
  const phrase = /\s/.test(trigger.text) && !/^(?:arms|trade|oil|travel|entry|visa|asset|export|entity|state|white|terror\w*|list)\b/i.test(trigger.text);
  const on = (phrase ? /^\s+(?:[\p{L}-]+\s+){0,3}?(?:on|against|with|to|from|for)\s+/iu : /^\s+(?:[\p{L}-]+\s+){0,2}?(?:on|against)\s+/iu).exec(after);
  // "on North Korea", "on the state-owned oil company Vostok Petroleum": a few lower-case words may come first.
  const onTarget = (m: EntityMention) => m.start >= trigger.end + on![0].length && /^(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(trigger.end + on![0].length, m.start));
  // "withdrew Pakistan's MFN status": the holder named inside the phrase.
  const holder = phrase ? inSentence.find((m) => m.start > trigger.start && m.end < trigger.end && /^['’]s\s/u.test(text.slice(m.end, m.end + 3))) : undefined;
  // "raised the customs duty to 200% on all goods imported from Chile": a duty's target is where the goods come from.
  const origin = /^[^.;]{0,60}?\b(?:goods|imports|products|exports)\s+(?:(?:imported|exported|coming|originating)\s+)?from\s+(?:the\s+)?/iu.exec(after);
  const fromOrigin = origin && DUTY.test(trigger.text) ? whole.find((m) => m.start === trigger.end + origin[0].length && m.kind === 'COUNTRY') : undefined;
  const target: EntityMention | undefined = fromOrigin ?? (on ? inSentence.find(onTarget) : undefined) ?? holder;
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
  // "the United States expanded its sanctions": the imposer's own standing measures, against the target the article gives them (openTargets).
  const own = !targetId && !phrase && OWN_MEASURES.test(before);
  // "halted all arms sales to the kingdom": the state told before, which the article's other sanctions name (openTargets).
  const anaphor = !targetId && namesStateByAnaphor(after);
  if (!iId || (!targetId && !unnamed && !own && !anaphor) || iId === targetId) return null;
  if (/\bsurrender to\b/i.test(before) && imposer && imposer.end > trigger.start) targetId = countryOf(imposer)!;
  const coImposers = phrase && imposer ? coordinated(text, imposer, inSentence).map(countryOf).filter((c): c is string => !!c && c !== iId && c !== targetId) : [];
  return { imposer: iId, coImposers: [...new Set(coImposers)], target: targetId, coTargets: [] };
}

/** A listing's roles: the listed parties (in their own names) and their state are targets; the side before the listing verb, not a speaker, lists. */
function listingRoles(text: string, listing: Listing, inSentence: EntityMention[], countryOf: (m: EntityMention) => string | null): SanctionRoles | null {
  const targets = [...new Set([...listing.listed.map((m) => m.id), ...(listing.nationality ? [listing.nationality] : [])])];
  const imposer = listing.listerEnd !== undefined
    ? inSentence.find((m) => m.start >= listing.verbAt && m.end <= listing.listerEnd! && !listing.listed.includes(m))
    : [...inSentence].reverse().find((m) => m.end <= listing.verbAt && !listing.listed.includes(m) && !isSpeaker(text, m));
  const iId = imposer ? countryOf(imposer) : null;
  if (!iId || targets.length === 0 || targets.includes(iId)) return null;
  return { imposer: iId, coImposers: [], target: targets[0]!, coTargets: targets.slice(1) };
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

/** Whether the words after a trigger give its target as a state told before ("to the kingdom", "on the regime"), not by name. */
export function namesStateByAnaphor(after: string): boolean {
  return STATE_ANAPHOR.test(after);
}

/** "the German Economy Ministry", "the French Foreign Office": an organ of government named by its state's demonym stands for that state ("German Marshall Fund" is no organ). */
const ORGAN = /\b(?:ministry|department|office|government|cabinet|chancellery|treasury)$/i;
function organOf(name: string): string | null {
  const first = /^(?:the\s+)?(\p{Lu}[\p{L}-]+)\s/u.exec(name);
  const code = first && ORGAN.test(name) ? gazetteer().demonyms.get(aliasKey(first[1]!)) : undefined;
  return code ? (gazetteer().countryByCode.get(code)?.id ?? null) : null;
}
