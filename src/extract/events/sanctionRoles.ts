// Imposer, target and action of sanctions a sentence talks about. "U.S.-led sanctions",
// "sanctions by X" and a country (or its leader) that maintains, imposes or refuses to lift them
// give the imposer; "sanctions on/against X", or the side that asks for relief, the target.
// People and a country's organs stand for their countries here; the United Nations and other
// bodies of no one country impose in their own name; a company or bank can be the target. Talk of
// relief alone is no sanctions event. Hand-written rules.
import type { EntityMention, Span } from '../../model/index.js';
import { gazetteer } from '../entities/gazetteer.js';

export interface SanctionRoles {
  imposer: string;
  target: string;
  action: string;
}

export function sanctionRoles(text: string, trigger: Span, sentence: Span, mentions: EntityMention[]): SanctionRoles | null {
  const g = gazetteer();
  // Countries and international bodies impose sanctions; people and a country's own organs (its
  // treasury, its ministries) stand for their countries. Any organisation can be a target (a state
  // company, a bank), in its own name.
  const countryOf = (m: EntityMention): string | null => {
    if (m.kind === 'COUNTRY') return m.id;
    const home = m.kind === 'PERSON' || m.kind === 'ORGANIZATION' ? g.byId.get(m.id)?.country : null;
    if (home) return g.countryByCode.get(home)?.id ?? null;
    return m.kind === 'ORGANIZATION' ? m.id : null;
  };
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && countryOf(m));
  const s = sentence.text;
  const before = text.slice(sentence.start, trigger.start);
  const after = text.slice(trigger.end, sentence.end);

  let imposer: EntityMention | undefined = inSentence.find((m) => m.end <= trigger.start && /^[-\u2010-\u2015]led\b/i.test(text.slice(m.end, m.end + 5)));
  const by = /^\s+(?:imposed\s+)?by\s+/i.exec(after);
  if (!imposer && by) imposer = inSentence.find((m) => m.start >= trigger.end + by[0].length && m.start <= trigger.end + by[0].length + 5);
  const on = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:on|against)\s+/iu.exec(after);
  // "on North Korea", "on the state-owned oil company Vostok Petroleum": a few lower-case words may come first.
  const onTarget = (m: EntityMention) => m.start >= trigger.end + on![0].length && /^(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(trigger.end + on![0].length, m.start));
  let target: EntityMention | undefined = on ? inSentence.find(onTarget) : undefined;
  const relief = /^\s+(?:relief|easing|exemptions?)\b/i.test(after) || /\b(?:lift|ease|easing|lifting)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before);
  const refused = /\b(?:refus\w*|reject\w*|won['’]t|will not|not)\b/i.test(before);
  if (relief && !target) {
    // The side that asks for relief is the one under sanctions: "Kim's calls for sanctions relief".
    target = [...inSentence].reverse().find((m) => m.end <= trigger.start && /^['’]s\s+(?:[\p{L}-]+\s+)?(?:calls?|demands?|requests?|push|bid|insistence)\b|^\s+(?:called|calls|stressed|pressed|pushed|asked|demanded|sought|begged)\s+for\b/u.test(text.slice(m.end, m.end + 30))) ?? target;
  }
  const tId = target ? (target.kind === 'ORGANIZATION' ? target.id : countryOf(target)) : null;
  const verb = [...before.matchAll(/\b(?:maintain|impos|keep|slap|extend|tighten|refus|reject|lift|eas|persist)\w*/gi)].pop();
  if (!imposer && verb) imposer = [...inSentence].reverse().find((m) => m.end <= sentence.start + verb.index && countryOf(m) !== tId);
  if (!imposer && !verb) imposer = inSentence.find((m) => countryOf(m) !== tId && m.end <= trigger.start);
  const iId = imposer ? countryOf(imposer) : null;
  let targetId = tId ?? (iId ? inSentence.map(countryOf).find((c) => c && c !== iId) ?? null : null);
  if (!iId || !targetId || iId === targetId) return null;
  if (/\bsurrender to\b/i.test(before) && imposer && imposer.end > trigger.start) targetId = countryOf(imposer)!;
  if (relief) return null;
  const action = relief ? (refused ? 'relief refused' : 'relief demanded') : /\b(?:maintain\w*|remain\w* in place|persist\w*|keep\w*)\b/i.test(s) ? 'maintained' : /\b(?:lift\w*|eas\w*)\b/i.test(before) ? 'eased' : 'imposed';
  return { imposer: iId, target: targetId, action };
}
