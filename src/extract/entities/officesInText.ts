// Refiner: office holders learned from the page. A name written with its office ("Cuban President
// Raul Ortiz", "Qatar's emir, Sheikh Nasir", titleOffice) tells who holds that office of that country
// on the page's day; an office written later without a name ("the Cuban president", "Qatar's emir",
// "the emir of Qatar") is then that person, when the page names exactly one holder of it. A bare
// monarch's title ("the emir", "the crown prince", "the king") is the page's one holder of that
// title, of whatever country; a bare "the president" or "the prime minister" is left alone (most
// pages name several). Offices the gazetteer dates (resolveTitles) were resolved before this runs;
// generic uses ("a president", "the next emir", "former presidents") and roles ("nominated as
// secretary of state") resolve to no one. An office with a country that no one on a dated page
// holds is a slot (officeSlot) that resolve fills from other pages of the same weeks. A name's
// office written beside it ("Qatar's emir, Sheikh Nasir") becomes its title, for resolve to learn.
// Example: "Cuban President Raul Ortiz spoke. Later the Cuban president left." -> the second is
//   person:raul-ortiz (title "Cuban president", by entities/officesInText)
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { OFFICES_BY as BY, readsOffice, RESOLVE_TITLES_BY } from './officeReadings.js';
import { officeSlotId } from './officeSlot.js';
import { countryOf, officeFor, officeWords, titleOffice } from './titleOffice.js';

/** Titles that, with "the" and no country, name the page's one holder of them. */
const BARE = new Set(['emir', 'amir', 'king', 'crown prince']);
const GENERIC_BEFORE = /\b(?:(?:a|an|any|every|another|no|each|his|her|their|whose)\s+(?:[\p{L}-]+\s+)?|the\s+(?:first|last|only|previous|former|late|next|future|new|then)\s+(?:[\p{L}-]+\s+)?|(?:(?:former|then|late|deputy|vice|assistant|under|associate|acting)\b-?|ex-)\s*(?:[\p{L}-]+\s+)?)$/iu;
/** A country written before the office: "Qatar's", "the Cuban". */
const QUALIFIER = /(?:\b(?:the|The)\s+)?((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*(?:['’]s)?)\s+$/u;

interface Phrase {
  /** The phrase with its qualifier and "the" ("the emir of Qatar"). */
  start: number;
  end: number;
  /** The office word itself. */
  wordStart: number;
  wordEnd: number;
  word: string;
  country: string | null;
  generic: boolean;
}

/** Every office word of the text with the country written before ("Qatar's") or after ("of Qatar") it. */
function phrases(text: string): Phrase[] {
  const g = gazetteer();
  const out: Phrase[] = [];
  const re = officeWords();
  re.lastIndex = 0;
  for (let t = re.exec(text); t; t = re.exec(text)) {
    const wordStart = t.index;
    const wordEnd = wordStart + t[0].length;
    const after = text.slice(wordEnd, wordEnd + 40);
    if (/^s\b/.test(after)) continue;
    const lead = text.slice(Math.max(0, wordStart - 60), wordStart);
    const q = QUALIFIER.exec(lead);
    let country = q ? countryOf(q[1]!) : null;
    let start = q && country ? wordStart - q[0].length : wordStart;
    let end = wordEnd;
    const of = /^[ \t]+of[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}.]*[ \t]*){1,3})/u.exec(after);
    if (!country && of) {
      // "the emir of Qatar": the longest run of capitalised words after "of" that names a country.
      const words = of[1]!.trim().split(/\s+/);
      for (let n = words.length; n > 0 && !country; n--) {
        country = countryOf(words.slice(0, n).join(' '));
        if (country) end = wordEnd + of[0].indexOf(words[0]!) + words.slice(0, n).join(' ').length;
      }
    }
    const word = t[0].toLowerCase();
    country ??= g.impliedCountry.get(word) ?? null;
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start))) start -= 4;
    const generic = GENERIC_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || GENERIC_BEFORE.test(lead);
    out.push({ start, end, wordStart, wordEnd, word, country, generic });
  }
  return out;
}

/** A phrase is a title of the person right after it ("Qatar's emir, Sheikh Nasir") or right before it ("Nasir, the emir of Qatar"). */
const TITLE_GAP = /^,?[ \t]+(?:(?:Sheikh|Shaikh|Sir|Mr|Mrs|Ms|Dr)\.?[ \t]+)?$/;
const APPOSITION_GAP = /^,[ \t]+$/;

function holders(text: string, mentions: readonly EntityMention[], found: readonly Phrase[]): Map<string, Map<string, EntityMention>> {
  const learned = new Map<string, Map<string, EntityMention>>();
  const learn = (key: string, m: EntityMention) => {
    const ids = learned.get(key) ?? new Map<string, EntityMention>();
    if (!ids.has(m.id)) ids.set(m.id, m);
    learned.set(key, ids);
  };
  const people = mentions.filter((m) => m.kind === 'PERSON' && !readsOffice(m));
  const learnOffice = (m: EntityMention, o: { country: string | null; office: string; word: string }) => {
    if (o.country) learn(`${o.country}|${o.office}`, m);
    learn(`*|${o.word}`, m);
  };
  for (const m of people) {
    const o = m.title ? titleOffice(m.title) : null;
    if (o) learnOffice(m, o);
  }
  for (const p of found) {
    const m = p.generic ? undefined : titled(text, people, p);
    if (m) learnOffice(m, { country: p.country, office: officeFor(p.word, p.country), word: p.word });
  }
  return learned;
}

/** The office phrases that title a person, as that mention's title when it has none naming an office. */
function withTitles(text: string, mentions: readonly EntityMention[], found: readonly Phrase[]): EntityMention[] {
  const people = mentions.filter((m) => m.kind === 'PERSON' && m.by !== RESOLVE_TITLES_BY);
  const titles = new Map<EntityMention, string>();
  for (const p of found) {
    const m = p.generic || !p.country ? undefined : titled(text, people, p);
    if (m && !(m.title && titleOffice(m.title)?.country)) titles.set(m, text.slice(p.start, p.end).replace(/^the\s+/i, ''));
  }
  return titles.size === 0 ? [...mentions] : mentions.map((m) => (titles.has(m) ? { ...m, title: titles.get(m)! } : m));
}

/**
 * The person an office phrase is the title of: the one it follows in apposition, closed by a comma
 * or the sentence's end ("Nasir Kamal, the emir of Qatar, said"), else the one right after it
 * ("Qatar's emir, Sheikh Nasir"). "After meeting Holm, the Chilean minister said" is no apposition.
 */
function titled(text: string, people: readonly EntityMention[], p: Phrase): EntityMention | undefined {
  const closed = /^\s*(?:[,.;:)]|$)/.test(text.slice(p.end, p.end + 2));
  const prev = closed ? people.find((m) => m.end <= p.start && APPOSITION_GAP.test(text.slice(m.end, p.start))) : undefined;
  return prev ?? people.find((m) => m.start >= p.end && TITLE_GAP.test(text.slice(p.end, m.start)));
}

/** Where the holders of an office word are learned: "leader" is whoever leads, head of state or of government. */
function keysOf(country: string | null, word: string): string[] {
  if (!country) return [`*|${word}`];
  const office = officeFor(word, country);
  return office === 'leader' ? ['leader', 'head-of-state', 'head-of-government'].map((o) => `${country}|${o}`) : [`${country}|${office}`];
}

export function officesInText(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const found = phrases(ctx.text);
  if (found.length === 0) return mentions;
  const learned = holders(ctx.text, mentions, found);
  const taken = mentions.map((m) => [m.start, m.end] as const);
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => a < e && s < b);
  const added: EntityMention[] = [];
  const people = mentions.filter((m) => m.kind === 'PERSON');
  for (const p of found) {
    const after = ctx.text.slice(p.end, p.end + 40);
    // A name right after ("the emir Sheikh Nasir") or before ("Nasir, the emir,") makes the office a title, not a reference.
    if (p.generic || /^,?[ \t]+(?:(?:Sheikh|Shaikh|Sir|Mr|Mrs|Ms|Dr)\.?[ \t]*)?\p{Lu}/u.test(after) || overlaps(p.wordStart, p.wordEnd) || titled(ctx.text, people, p)) continue;
    const theBefore = /^the\s/i.test(ctx.text.slice(p.start, p.wordStart));
    // A reference has "the" or a country before it; "nominated as secretary of state", "served as the prime minister" name a role.
    if ((!theBefore && p.start === p.wordStart) || /\bas\s+$/i.test(ctx.text.slice(Math.max(0, p.start - 4), p.start))) continue;
    if (!p.country && !(BARE.has(p.word) && theBefore)) continue;
    const ids = new Map<string, EntityMention>();
    for (const key of keysOf(p.country, p.word)) for (const [id, m] of learned.get(key) ?? []) ids.set(id, m);
    const text = ctx.text.slice(p.start, p.end);
    const title = text.replace(/^the\s+/i, '');
    if (ids.size === 1) {
      const holder = [...ids.values()][0]!;
      added.push({ start: p.start, end: p.end, text, kind: 'PERSON', id: holder.id, name: holder.name, title, by: BY });
    } else if (ids.size === 0 && p.country && ctx.reference) {
      // Nobody the page names holds it: a slot other pages of the same weeks fill (resolve's officeHolders);
      // a page of no known day has no weeks to look in, and its office stays unread.
      const office = officeFor(p.word, p.country);
      added.push({ start: p.start, end: p.end, text, kind: 'PERSON', id: officeSlotId(p.country, office), name: title, title, by: BY });
    }
  }
  const titledMentions = withTitles(ctx.text, mentions, found);
  if (added.length === 0) return titledMentions;
  // Qualifiers the office took in ("Qatar's" of "Qatar's emir") are no mentions of their own any more.
  return [...titledMentions.filter((m) => !added.some((a) => a.start <= m.start && m.end <= a.end)), ...added].sort((a, b) => a.start - b.start);
}
