// Refiner: a bare definite title is the person the page named with it. "the" right before an office
// word or its abbreviation ("the prime minister", "the PM", "the Taoiseach", "the president"), with
// no country, name or "of" phrase of its own, is the one person named earlier on the page who fits
// the title: written with it ("Prime Minister Ana Holm", titleOffice) or holding it on the page's day
// (the gazetteer's dated offices). Two such people (two presidents named) make it nobody, as do
// generic and past uses ("a president", "presidents", "the next prime minister", "the former
// president", "the president-elect", "the president who wins", "the president's powers"), roles
// ("served as the president"), and a holder the page sets against a counterpart of the same office
// ("the prime minister and his Irish counterpart", the holder being Irish). Runs after officesInText
// and bodyOfficesInText, which read titles with a country or a body; the tagger's non-person reading
// of the bare word ("PM" as an organisation) gives way.
// Example: "Prime Minister Ana Holm met Tusk. The PM said no." -> "The PM" is Holm's (by entities/bareTitles)
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { BARE_TITLES_BY as BY } from './officeReadings.js';
import { officeSlot } from './officeSlot.js';
import { countryOf, titleOffice } from './titleOffice.js';

let bareRe: RegExp | undefined;

/** "the" or "our" and an office word or an abbreviation, ending at a word boundary; an abbreviation counts only as written. */
function bareTitleRe(): RegExp {
  if (!bareRe) {
    const g = gazetteer();
    const words = [...g.abbreviations.keys(), ...g.titles.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
    bareRe = new RegExp(`\\b(?:the|our)\\s+(${words.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  }
  return bareRe;
}

/**
 * What follows a title that makes it no reference of its own: a plural, a name, an "of" phrase, a
 * restrictive relative clause ("the president who wins"), or the office's powers ("the president's ability to").
 */
const NOT_BARE_AFTER = /^(?:s\b|,?[ \t]+(?:(?:Sheikh|Shaikh|Sir|Mr|Mrs|Ms|Dr)\.?[ \t]+)?\p{Lu}|[ \t]+(?:of|who)\b|['’]s[ \t]+(?:ability|power|powers|authority|authorities|prerogative|prerogatives)\b)/u;
/** "his Irish counterpart": the page speaks of two holders of the office, one of that country. */
const COUNTERPART = /\b((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*)\s+counterparts?\b/gu;
/** Words for the head of any group or mission, not an office's title: "the leader", "the chairman", "the envoy" stay unread. */
const COMMON_NOUNS: ReadonlySet<string> = new Set(['leader', 'chairman', 'envoy']);
/** A role the title names rather than its holder: "served as the president", "became the PM". */
const ROLE_BEFORE = /\b(?:as|became|become|becomes|becoming|be|is|was|named|elected|appointed)\s+$/i;

/** The country of the office word a person's title or gazetteer term gives them for the page's day ('' for none), or null when neither gives it. */
function fits(m: EntityMention, word: string, day: string | null): string | null {
  const titled = m.title ? titleOffice(m.title) : null;
  if (titled?.word === word) return titled.country ?? '';
  const held = gazetteer().offices.find(
    (o) => o.person === m.id && titleOffice(o.title)?.word === word && (!day || ((o.from === null || o.from <= day) && (o.to === null || day <= o.to))),
  );
  return held ? held.country : null;
}

export function bareTitles(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const g = gazetteer();
  const re = bareTitleRe();
  const people = mentions.filter((m) => m.kind === 'PERSON' && !officeSlot(m.id));
  const counterparts = new Set([...ctx.text.matchAll(COUNTERPART)].map((c) => countryOf(c[1]!)).filter((c) => c !== null));
  const added: EntityMention[] = [];
  const replaced = new Set<EntityMention>();
  re.lastIndex = 0;
  for (let t = re.exec(ctx.text); t; t = re.exec(ctx.text)) {
    const start = t.index;
    const end = start + t[0].length;
    const wordStart = end - t[1]!.length;
    if (NOT_BARE_AFTER.test(ctx.text.slice(end, end + 40)) || ROLE_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start))) continue;
    const inside = mentions.filter((m) => m.start < end && start < m.end);
    // The tagger's own reading of the bare word ("PM" as an organisation) gives way; any other mention stays.
    if (inside.some((m) => m.kind === 'PERSON' || m.start !== wordStart || m.end !== end)) continue;
    const written = t[1]!.replace(/\s+/g, ' ');
    const word = g.abbreviations.get(written) ?? written.toLowerCase();
    if (!g.titles.has(word) || COMMON_NOUNS.has(word)) continue;
    const ids = new Map<string, { m: EntityMention; country: string }>();
    for (const m of people) {
      const country = m.end <= start ? fits(m, word, ctx.reference) : null;
      if (country !== null) ids.set(m.id, { m, country: ids.get(m.id)?.country || country });
    }
    if (ids.size !== 1) continue;
    const [{ m: holder, country }] = [...ids.values()] as [{ m: EntityMention; country: string }];
    if (counterparts.has(country)) continue;
    for (const m of inside) replaced.add(m);
    const text = ctx.text.slice(start, end);
    added.push({ start, end, text, kind: 'PERSON', id: holder.id, name: holder.name, title: t[1]!, by: BY });
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}
