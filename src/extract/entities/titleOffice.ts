// The office a title names: "Cuban President" -> Cuba's head of state, "Britain's Prime Minister"
// -> the United Kingdom's head of government, "Emir Sheikh" -> an emir of no stated country. The
// office is the last office word of the title (offices.json titles); its country a country name or
// demonym written before it. A title that says the person does not hold the office now, or holds
// another one ("former", "then", "deputy", "Vice-President", two offices joined by "and"), names none.
// Example: titleOffice("Qatar's Emir") -> { country: 'QA', office: 'head-of-state', word: 'emir' }
import { gazetteer } from './gazetteer.js';
import { aliasKey } from './slug.js';

export interface TitleOffice {
  /** ISO alpha-2 code, or null when the title names no country ("the emir"). */
  country: string | null;
  /** Office class ("head-of-state"). */
  office: string;
  /** The office word as written, lower-cased ("emir", "prime minister"). */
  word: string;
}

/** Words that keep a title from naming the office its holder has now. */
const NOT_NOW = /\b(?:former|ex|late|then|deputy|vice|assistant|under|associate|acting|interim|outgoing|incoming|would-be|future|next|previous|first)\b|-\s*$|\band\b/i;

let officeRe: RegExp | undefined;

/** The regular expression of every office word, longest first, case-insensitive and global. */
export function officeWords(): RegExp {
  officeRe ??= new RegExp(`\\b(?:${[...gazetteer().titles.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');
  return officeRe;
}

/** The country a run of words names, as a country name ("Saudi Arabia's") or a demonym ("Cuban"). */
export function countryOf(words: string): string | null {
  const g = gazetteer();
  const key = aliasKey(words.replace(/['’]s$/u, ''));
  const demonym = g.demonyms.get(key);
  if (demonym) return demonym;
  return g.byAlias.get(key)?.find((e) => e.kind === 'COUNTRY')?.country ?? null;
}

export function titleOffice(title: string): TitleOffice | null {
  const re = officeWords();
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(title); m; m = re.exec(title)) last = m;
  if (!last) return null;
  const before = title.slice(0, last.index);
  if (NOT_NOW.test(before)) return null;
  const word = last[0].toLowerCase();
  // The country: the longest run of words just before the office word that names one.
  const words = before.trim().split(/\s+/).filter(Boolean);
  let country: string | null = null;
  for (let i = 0; i < words.length && !country; i++) country = countryOf(words.slice(i).join(' '));
  const of = country ?? gazetteer().impliedCountry.get(word) ?? null;
  return { country: of, office: officeFor(word, of), word };
}

/** The office class a title word names for a country: "chancellor" heads Germany's government, and is the UK's finance minister. */
export function officeFor(word: string, country: string | null): string {
  const g = gazetteer();
  return (country ? g.officeIn.get(word)?.get(country) : undefined) ?? g.titles.get(word)!;
}
