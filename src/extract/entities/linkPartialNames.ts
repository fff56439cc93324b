// Refiner: within one article, a partial name of a person links to the one fuller name it can mean,
// or goes when it can mean none or several. A name is part of a fuller one when its words stand in
// it in order, anchored at its first or last word ("Petrov" and "Ivan" in "Ivan Petrov", "Van Rompuy"
// in "Herman Van Rompuy", "Jean-Pierre" in "Karine Jean-Pierre", "Ana Vidal" in "Ana de la Paz Vidal
// Soto", "Tamim bin Hamad" in "Tamim bin Hamad Al Thani"); words compare as personWords (case,
// accents, middle initials, transliterations folded). The names that meet are one person, named as
// the gazetteer's entry when one of them is known, else by its name of two words or more that the
// article uses most, the longest of those on a tie (a one-off "Ivan Petrov Signs" loses to "Ivan Petrov";
// "Tamim bin Hamad Al Thani" wins over "Tamim bin Hamad"), the earliest after that. A common word or
// a day that the tagger took in before a surname ("Accompanying Petrov", "Thursday Petrov") goes
// when the surname is part of a fuller name of the article. A one-word name that two different people of the
// article could carry, or that no fuller name carries but as a father's name ("Hamad" beside "Tamim bin Hamad"), or that no fuller name
// of the article carries ("Mr Ortega", "Treasury Secretary Peter" with no "Peter ..." named), goes:
// a fragment is no entity (but a monarch's or pope's one name, "King Salman", is a whole name, and so is a
// head of government's surname after the title, "Prime Minister Netanyahu"). Names of several words are kept as they are when they fit several.
// People the gazetteer knows keep their ids (linkSurnames weighs their prominence).
// Example: "Ivan Petrov arrived. Petrov said ..." -> both mentions person:ivan-petrov.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { personSlug, personWords } from './personKey.js';
import { aliasKey } from './slug.js';
import { surfaceIndex } from './surfaceIndex.js';
import { isCommonWord } from './wordCase.js';
import { RESOLVE_TITLES_BY } from './officeReadings.js';

const LINK_BY = 'entities/linkPartialNames';
const ROYAL_BEFORE = /\b(?:King|Queen|Emperor|Empress|Sultan|Emir|Amir|Pope|Prince|Princess)[ \t]+$/;
/** "Prime Minister Netanyahu", "President Erdogan": a head of state or government is named by the surname after the title. */
const LEADER_BEFORE = /\b(?:President|Pres\.|Prime[ \t]+Minister|PM|Chancellor|Premier|Taoiseach)[ \t]+$/;

/** Words after which a name part is the father's: "Salman" in "Mohammed bin Salman" names his father, not him. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'binti', 'ould']);

/**
 * Whether `part`'s words stand in `whole` in order, the first or the last word of both the same, and
 * `part` does not start at a father's name ("King Salman" is no part of "Mohammed bin Salman").
 */
export function isPartOf(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part.length >= whole.length) return false;
  const anchored = same(part[0]!, whole[0]!) || same(part[part.length - 1]!, whole[whole.length - 1]!);
  if (!anchored) return false;
  let j = 0;
  let first = -1;
  for (const [i, w] of whole.entries()) {
    if (j < part.length && same(w, part[j]!)) {
      if (j === 0) first = i;
      j++;
    }
  }
  return j === part.length && !(first > 0 && PATRONYMIC.has(whole[first - 1]!));
}

/** Name parts compare with or without the Arabic article personWords joins to them ("aljubeir" = "jubeir"). */
function same(a: string, b: string): boolean {
  return a === b || a === `al${b}` || b === `al${a}` || a === `el${b}` || b === `el${a}`;
}

export function linkPartialNames(ctx: ExtractContext, given: EntityMention[]): EntityMention[] {
  const g = gazetteer();
  const mentions = withoutLeadWord(ctx, given);
  const people = mentions.filter((m) => m.kind === 'PERSON' && m.by !== RESOLVE_TITLES_BY);
  // Each person id with the word lists of the names its mentions use, and where it is first named in full.
  const names = new Map<string, { surfaces: string[][]; firstFull: number; uses: number; name: string }>();
  for (const m of people) {
    const e = names.get(m.id) ?? { surfaces: [], firstFull: Infinity, uses: 0, name: m.name };
    for (const s of [personWords(m.text), personWords(m.name)]) if (s.length && !e.surfaces.some((x) => x.join(' ') === s.join(' '))) e.surfaces.push(s);
    if (personWords(m.text).length > 1) {
      e.firstFull = Math.min(e.firstFull, m.start);
      e.uses++;
    }
    names.set(m.id, e);
  }
  const parent = new Map<string, string>([...names.keys()].map((id) => [id, id]));
  const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
  const longest = (id: string) => Math.max(...names.get(id)!.surfaces.map((s) => s.length));
  const dropped = new Set<string>();
  // "King Salman", "Pope Leo", "Prime Minister Netanyahu": a monarch, a pope or a leader after the title is named by one name; that is no fragment.
  const titled = (m: EntityMention) => {
    const lead = ctx.text.slice(Math.max(0, m.start - 16), m.start);
    return ROYAL_BEFORE.test(lead) || LEADER_BEFORE.test(lead);
  };
  const regnal = new Set(people.filter(titled).map((m) => m.id));
  for (const id of [...names.keys()].sort((a, b) => longest(a) - longest(b))) {
    if (g.byId.has(id)) continue;
    const mine = names.get(id)!.surfaces;
    const roots = new Set<string>();
    for (const [other, e] of names) {
      if (other !== id && mine.some((p) => e.surfaces.some((w) => isPartOf(p, w)))) roots.add(find(other));
    }
    roots.delete(find(id));
    const oneWord = longest(id) === 1;
    if (roots.size === 1) parent.set(find(id), [...roots][0]!);
    else if (oneWord && !(roots.size === 0 && regnal.has(id))) dropped.add(id);
  }
  // One name per group: the gazetteer's, else the earliest named in full.
  const canonical = new Map<string, string>();
  for (const id of names.keys()) {
    const root = find(id);
    const best = canonical.get(root);
    const better = (a: string, b: string) => {
      if (g.byId.has(a) !== g.byId.has(b)) return g.byId.has(a);
      const [x, y] = [names.get(a)!, names.get(b)!];
      if (x.uses !== y.uses) return x.uses > y.uses;
      if (longest(a) !== longest(b)) return longest(a) > longest(b);
      return x.firstFull < y.firstFull;
    };
    if (!best || better(id, best)) canonical.set(root, id);
  }
  return mentions.flatMap((m) => {
    if (!names.has(m.id)) return [m];
    if (dropped.has(m.id) && find(m.id) === m.id) return [];
    const to = canonical.get(find(m.id))!;
    return to === m.id ? [m] : [{ ...m, id: to, name: names.get(to)!.name, by: LINK_BY }];
  });
}

const DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "Accompanying Petrov" -> "Petrov" when "Petrov" is part of another person's fuller name here. */
function withoutLeadWord(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const full = mentions.filter((m) => m.kind === 'PERSON').map((m) => personWords(m.text));
  return mentions.map((m) => {
    const two = /^(\S+)\s+(\S+)$/u.exec(m.text);
    if (m.kind !== 'PERSON' || !two || gazetteer().byId.has(m.id)) return m;
    const lead = two[1]!;
    if (!DAY.test(lead) && !(lead.length >= 4 && isCommonWord(lead))) return m;
    const rest = personWords(two[2]!);
    const start = m.end - two[2]!.length;
    const text = ctx.text.slice(start, m.end);
    const known = surfaceIndex().byKey.get(aliasKey(text))?.find((x) => x.role === 'name')?.entries.find((e) => e.kind === 'PERSON');
    if (known) return { ...m, start, text, id: known.id, name: known.name };
    if (!full.some((w) => isPartOf(rest, w) && w.join(' ') !== personWords(m.text).join(' '))) return m;
    return { ...m, start, text, id: `person:${personSlug(text)}`, name: text };
  });
}
