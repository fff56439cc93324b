// A tagged name without the words the tagger took in around it: a title before a person's name
// ("Chairman Kim" -> "Kim", "Prime Minister Ivan Petrov" -> "Ivan Petrov", "Vice Admiral Karl Dorn"
// -> "Karl Dorn"; titles: the gazetteer's offices and data/gazetteer/nameCues.json, with the words
// that qualify them: vice, deputy, crown, wing...), a common word that no name starts with before a
// person's name of two words or more, if it has four letters or more ("Security Alan Estevez" -> "Alan
// Estevez": the end of an office the tagger took in, or a name the gazetteer knows as no person's,
// "Kremlin Oleg Varin"; common words: data/gazetteer/wordCase.json; short
// ones are also East Asian family names, "No Kwang Chol"), lower-case words at either end
// ("met Kim" -> "Kim"; name particles such as "de", "van", "al" stay inside), a question word or
// conjunction opening a sentence ("What Kim" -> "Kim") and a possessive ending ("Ana Holm's"). The
// title is the mention's role, never part of the name; a span with nothing left is no name (null).
// Example: trimName({ start: 0, end: 12, type: 'PER', text: 'Chairman Kim' }) -> { start: 9, end: 12, type: 'PER', text: 'Kim' }
import type { NameSpan } from '../nlp/tagNames.js';
import { gazetteer } from './gazetteer.js';
import { nameCues } from './nameCues.js';
import { aliasKey } from './slug.js';
import { surfaceIndex } from './surfaceIndex.js';
import { isCommonWord } from './wordCase.js';

const LOWER = /^\p{Ll}/u;
const PARTICLE = /^(?:de|del|della|der|di|da|dos|du|la|le|van|von|al|el|bin|ibn|ben|y|and|of|for|the|on|upon|in|&)$/;
const OPENER = /^(?:What|When|Where|Why|How|Who|Whom|Whose|Which|While|Whether|But|And|Or|If|As|Although|Though|Because|Since|Until|Unless|So|Yet|Then|Also|Meanwhile|However|Still)$/;
const JOINED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|de|di|da|du|le|la|van|von)-\p{Lu}/u;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
/** Words that qualify a title after them ("Vice Admiral", "Crown Prince", "His Royal Highness", "Wing Commander"). */
const QUALIFIER = /^(?:vice|deputy|acting|former|chief|senior|first|crown|supreme|royal|his|her|wing|air|rear|lieutenant|grand|assistant|under|associate|principal|special|foreign|defence|defense|finance|interior|home|union|state|national|security|federal|prime|general|staff|flight|group|squadron|field)$/i;

let titles: Set<string> | undefined;

/** Whether `text` (one word or several) is a title or rank that stands before people's names ("Senator", "Foreign Minister"). */
export function isPersonTitle(text: string): boolean {
  titles ??= new Set([...gazetteer().titles.keys(), ...nameCues().personTitles, ...nameCues().roleTitles].map((t) => t.toLowerCase().replace(/\.$/, '')));
  return titles.has(text.toLowerCase().replace(/\.$/, ''));
}

/** A trimmed name, with the title the tagger had taken in front of it ("Kremlin Spokesman"), kept as its role. */
export type TrimmedName = NameSpan & { title?: string };

export function trimName(named: NameSpan): TrimmedName | null {
  // "Saud Al-Qahtani—a": a dash glued inside a word ends the name.
  const dash = /[—–]/.exec(named.text);
  const cut = dash ? { ...named, end: named.start + dash.index, text: named.text.slice(0, dash.index) } : named;
  // "TAOISEACH Leo Varadkar", "Council Head Omar al-Rafi" tagged as organisations: a title and a name are a person.
  const span = cut.type !== 'PER' && titledPerson(cut.text) ? { ...cut, type: 'PER' } : cut;
  const words = [...span.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length }));
  if (words.length === 0) return null;
  let first = 0;
  let last = words.length - 1;
  // Words without a letter at either end ('Mohammed “'), and a day or month after a name ("... Al Nahyan Thursday").
  while (last > first && (!/\p{L}/u.test(words[last]!.text) || (span.type === 'PER' && CALENDAR.test(words[last]!.text)))) last--;
  while (first < last && !/\p{L}/u.test(words[first]!.text)) first++;
  // "Dubai Ruler Shaikh Mohammed ...", "Kremlin Spokesman Oleg Varin": up to a title among the first words.
  if (span.type === 'PER') first = Math.max(first, afterInnerTitle(words.slice(0, last + 1).map((w) => w.text)));
  let titleEnd = first;
  for (;;) {
    if (first >= last) break;
    const w = words[first]!.text;
    const rest = words.slice(first, last + 1).map((x) => x.text);
    const title = span.type === 'PER' ? titleAt(rest) || qualifiedTitleAt(rest) : 0;
    if (title) titleEnd = first += title;
    else if ((LOWER.test(w) && !PARTICLE.test(w)) || OPENER.test(w)) first++;
    else if (span.type === 'PER' && last - first >= 2 && w.length >= 4 && isCommonWord(w.replace(/[.,]$/, ''))) first++;
    // "Kremlin Oleg Varin", "Swiss Ana Holm": a name the gazetteer knows as no person's, before a person's name.
    else if (span.type === 'PER' && last - first >= 2 && namesNoPerson(w)) first++;
    else break;
  }
  // Lower-case words at the end go, but not a particle joined to a name part ("al-Bostani").
  while (last > first && LOWER.test(words[last]!.text) && !JOINED_PARTICLE.test(words[last]!.text)) last--;
  // "Ana Holm's", "Holm’s": a possessive ending is no part of the name.
  const possessive = /['’]s?$/u.exec(words[last]!.text);
  if (possessive && span.type === 'PER' && words[last]!.text.length > possessive[0].length) {
    words[last] = { ...words[last]!, text: words[last]!.text.slice(0, -possessive[0].length), end: words[last]!.end - possessive[0].length };
  }
  // Nothing but a title ("Air Marshal", "Crown Prince"): no name.
  const isTitleWord = (w: string) => isPersonTitle(w) || QUALIFIER.test(w.replace(/\.$/, ''));
  if (span.type === 'PER' && words.slice(first, last + 1).every((w) => isTitleWord(w.text)) && words.slice(first, last + 1).some((w) => isPersonTitle(w.text))) return null;
  if (first === 0 && last === words.length - 1 && words[last]!.end === named.end) return named;
  const start = words[first]!.start;
  const end = words[last]!.end;
  const trimmed: TrimmedName = { start, end, type: span.type, text: span.text.slice(start - span.start, end - span.start) };
  const title = titleEnd > 0 ? span.text.slice(0, words[titleEnd - 1]!.end - span.start).replace(/^\P{L}+/u, '').trim() : '';
  return title && /^\p{Lu}/u.test(title) ? { ...trimmed, title } : trimmed;
}

/** A title (at the start, or among the first words) before a name with no word of an organisation's or place's. */
function titledPerson(text: string): boolean {
  const words = text.split(/\s+/);
  const skip = titleAt(words) || qualifiedTitleAt(words) || afterInnerTitle(words);
  if (!skip || skip >= words.length) return false;
  const cues = nameCues();
  const orgWords = new Set([...cues.organizationWords, ...cues.placeWords, ...cues.nameHeads.ORGANIZATION, ...cues.nameHeads.PLACE]);
  const rest = words.slice(skip);
  return rest.every((w) => /^\p{Lu}/u.test(w) || /^(?:bin|al|el|de|van|von|la|le|da)\b/.test(w)) && !rest.some((w) => orgWords.has(w.toLowerCase().replace(/['’]s$/u, '')));
}

function namesNoPerson(word: string): boolean {
  const surfaces = surfaceIndex().byKey.get(aliasKey(word.replace(/['’]s$/u, ''))) ?? [];
  return surfaces.length > 0 && surfaces.every((s) => s.role !== 'name' || s.entries.every((e) => e.kind !== 'PERSON'));
}

/**
 * "Dubai Ruler Shaikh Mohammed bin Rashid", "Kremlin Spokesman Oleg Varin": a title word among the
 * first four words, with a name of two words or more after it: how many words to skip (0 for none).
 */
function afterInnerTitle(words: string[]): number {
  let skip = 0;
  for (let k = 1; k < Math.min(4, words.length - 2); k++) {
    if (isPersonTitle(words[k]!) && words.slice(k + 1).filter((w) => /\p{L}{2}/u.test(w) && !/^(?:jr|sr)\.?$/i.test(w)).length >= 2) skip = k + 1;
  }
  return skip;
}

/** "Vice Admiral", "His Royal Highness Prince": qualifiers ending in a title word, how many words. */
function qualifiedTitleAt(words: string[]): number {
  let k = 0;
  while (k < words.length - 1 && QUALIFIER.test(words[k]!.replace(/\.$/, ''))) k++;
  if (k === 0) return 0;
  const t = titleAt(words.slice(k));
  return t ? k + t : isPersonTitle(words[k]!) && k + 1 < words.length ? k + 1 : 0;
}

/** How many words at the start form a title: the longest, "prime minister" before "prime". */
function titleAt(words: string[]): number {
  let n = 0;
  for (let k = 1; k < words.length; k++) if (isPersonTitle(words.slice(0, k).join(' '))) n = k;
  return n;
}
