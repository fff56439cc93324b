// A byline line -> the author's name, or null when the line is not a byline. Agency or role after a
// comma, dash, pipe or "with" ("By Ana Lima with Reuters") is dropped; a name written in capitals is put in title case.
// Example: parseByline('By EMILY STEWART, Associated Press') -> 'Emily Stewart';
//          parseByline('Author: Emily Stewart') -> 'Emily Stewart';
//          parseByline('By Tuesday, the talks had stalled.') -> null
const PREFIX = /^(?:by|written by|words by|story by|reporting by|reported by|posted by|author\s*[:\-–—]|authors\s*[:\-–—]|byline\s*[:\-–—])\s*:?\s*/i;
const MAX_LENGTH = 120;
const CONNECTORS = new Set(['and', '&', 'de', 'del', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'di', 'du', 'dos', 'y']);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'then',
  'now', 'this', 'that', 'late', 'early', 'mid', 'next', 'last', 'contrast', 'comparison', 'far', 'all',
]);
/** A capitalised name word: "Emily", "O'Brien", "Jae-in", "J.", "STEWART". */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

function isNameList(words: string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  if (!words.some((w) => NAME_WORD.test(w))) return false;
  return words.every((w) => (NAME_WORD.test(w) && !NOT_NAMES.has(w.toLowerCase().replace(/\.$/, ''))) || CONNECTORS.has(w.toLowerCase()));
}

/** An agency or role: a few capitalised words ("Associated Press", "Staff Writer", "CNN"). */
function isAffiliation(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 6) return false;
  if (/[.!?]$/.test(text) && !/\b\p{Lu}\.$/u.test(text)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTORS.has(w.toLowerCase()) || w === 'of' || w === 'for');
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function parseByline(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > MAX_LENGTH) return null;
  const prefix = PREFIX.exec(trimmed);
  if (!prefix) return null;
  const rest = trimmed.slice(prefix[0].length).split(';')[0] ?? '';
  const cut = /\s*(?:,|\s[|–—-]\s|\swith\s)\s*/.exec(rest);
  const namePart = (cut ? rest.slice(0, cut.index) : rest).trim();
  const affiliation = cut ? rest.slice(cut.index + cut[0].length).trim() : '';
  if (affiliation !== '' && !isAffiliation(affiliation)) return null;
  const words = namePart.split(/\s+/).filter((w) => w !== '');
  if (!isNameList(words)) return null;
  const name = words.join(' ');
  return /\p{Ll}/u.test(name) ? name : titleCase(name);
}
