// Extractor: names the gazetteer knows. Contract: (text) -> EntityMention[] in text order,
// longest match first, never overlapping. "Kim Jong-un met Moon in Seoul" gives Kim Jong Un
// (PERSON), Moon Jae-in (PERSON, a surname the refiners may re-link), Seoul (COUNTRY as a
// capital; the capitalsAsPlaces refiner turns a locative one into a PLACE).
// Hand-written: a word n-gram look-up in a hash map, because one regular expression over
// thousands of aliases is slow, and no library matches a gazetteer with these folding rules.
import type { EntityMention } from '../../model/index.js';
import { aliasKey } from './slug.js';
import { surfaceIndex, type Surface } from './surfaceIndex.js';

export const GAZETTEER_BY: Record<Surface['role'], string> = {
  name: 'entities/gazetteer',
  contextual: 'entities/contextual',
  capital: 'entities/capital',
  demonym: 'entities/demonym',
};

const WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*\.?/gu;
const JOIN = /^[ \t\u00a0\-\u2010-\u2015]{1,3}$/;

export function extractGazetteerEntities(text: string): EntityMention[] {
  const index = surfaceIndex();
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found: EntityMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!/^\p{Lu}/u.test(text.slice(first.start)) && !/^the$/i.test(text.slice(first.start, first.end))) continue;
    let best = longestAt(text, words, i, index.maxWords);
    // "the North Korean leader": a match from the next word that reaches further wins over "the North".
    const next = best && /^the$/i.test(text.slice(first.start, first.end)) ? longestAt(text, words, i + 1, index.maxWords) : undefined;
    if (best && next && next.end > best.end) best = undefined;
    if (best && partOfLongerName(text, best)) best = undefined;
    if (best) best = withoutArticle(text, best);
    if (best) {
      found.push(best);
      while (i + 1 < words.length && words[i + 1]!.start < best.end) i++;
    }
  }
  return found;
}

/**
 * "the Netherlands", "the White House": the article is no part of the name when the name is known
 * without it (the span starts at the name); "the North" keeps it, "The Washington Post" too where
 * the gazetteer writes it so.
 */
function withoutArticle(text: string, m: EntityMention): EntityMention {
  const article = /^the\s+/i.exec(m.text);
  if (!article || m.by === GAZETTEER_BY.contextual || surfaceIndex().byKey.get(aliasKey(m.text))?.some((s) => s.entries.some((e) => e.aliases.includes(m.text)))) return m;
  const rest = lookup(text, m.start + article[0].length, m.end);
  return rest?.id === m.id ? rest : m;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|President|Leader|Chairman|Secretary|State|Minister|Premier|Prime|Vice|Envoy|Representative|Ambassador|Senator|General|Commander|Director|Chief|Supreme|Marshal|Comrade|Sir|Madam|Lady|First)\.?$/;

/**
 * A one-word name ("Kim", "Trump") inside a longer run of capitalised words that the gazetteer
 * does not know ("Kim Dong Chul", "Melania Trump", "Tony Kim") is someone else: the run is left
 * to findNewPersons. Titles before the word ("President Trump") do not count as part of a name.
 */
function partOfLongerName(text: string, m: EntityMention): boolean {
  if (m.kind !== 'PERSON' || /[\s-]/.test(m.text)) return false;
  if (/^[ \t]+\p{Lu}\p{Ll}+/u.test(text.slice(m.end, m.end + 30))) return true;
  const lead = text.slice(Math.max(0, m.start - 40), m.start);
  const prev = /(\p{Lu}\p{Ll}+\.?)[ \t]+$/u.exec(lead);
  // "...on Friday. Kim smiled": a word ending its sentence is no first name either.
  if (!prev || HONORIFIC.test(prev[1]!) || prev[1]!.endsWith('.')) return false;
  // A capitalised word that only opens its sentence ("After Kim met...") is not a first name.
  const prevStart = m.start - lead.length + prev.index;
  return prevStart > 0 && !/(?:[.!?]["”’)]?\s+|\n\s*|[“"(]\s*)$/.test(text.slice(Math.max(0, prevStart - 4), prevStart));
}

function longestAt(text: string, words: { start: number; end: number }[], i: number, maxWords: number): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (let j = i; j < words.length && j - i < maxWords; j++) {
    if (j > i && !JOIN.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
    const end = words[j]!.end;
    for (const e of text[end - 1] === '.' ? [end, end - 1] : [end]) {
      const m = lookup(text, words[i]!.start, e);
      if (m) {
        best = m;
        break;
      }
    }
  }
  return best;
}

function lookup(text: string, start: number, end: number): EntityMention | undefined {
  const surface = text.slice(start, end);
  const surfaces = surfaceIndex().byKey.get(aliasKey(surface));
  if (!surfaces) return undefined;
  // A word that is both a demonym and a name ("Chinese") is read as the demonym.
  const s = surfaces.find((x) => x.role === 'demonym') ?? surfaces[0]!;
  const exactCase = s.entries.find((e) => e.aliases.includes(surface) || e.contextual.includes(surface));
  if (!exactCase && !looksLikeName(surface) && !isDateline(text, start, end) && !inCapsLine(text, start)) return undefined;
  // "the South" names the country, "South Pyongan Province" does not.
  if (s.role === 'contextual' && /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) return undefined;
  const entry = exactCase ?? s.entries[0]!;
  return { start, end, text: surface, kind: entry.kind, id: entry.id, name: entry.name, by: GAZETTEER_BY[s.role] };
}

/** "SEOUL, Oct. 7 (Yonhap) --": a capitalised place opening a line before a comma or a parenthesis. */
function isDateline(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && /^\s*(?:,|\()/.test(text.slice(end, end + 3));
}

/** A line written all in capitals (a headline, "KIM JONG UN MEETS XI JINPING"): case says nothing there. */
function inCapsLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const line = text.slice(from, to < 0 ? text.length : to);
  return /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** A case-folded match must still look like a name: "Moon", "the North"; not "moon", not "UN" for "Un". */
function looksLikeName(surface: string): boolean {
  const body = surface.replace(/^the\s+/i, '');
  if (!/^\p{Lu}/u.test(body)) return false;
  return !(body.length > 1 && body === body.toUpperCase() && /\p{L}{2}/u.test(body));
}
