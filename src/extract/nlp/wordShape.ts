// Word shapes, the orthographic class of a word that lets a tagger generalise from "Blackburn" to
// any capitalised word: letters map to X/x, digits to d, other characters stay; runs longer than
// four are cut to four (spaCy's shape). The short shape collapses every run to one character.
// Example: wordShape("Blackburn") -> "Xxxxx", wordShape("1996-08-22") -> "dddd-dd-dd",
//   wordShape("U.S.") -> "X.X.", wordShape("Blackburn", true) -> "Xx".
export function wordShape(word: string, short = false): string {
  let out = '';
  let last = '';
  let run = 0;
  const limit = short ? 1 : 4;
  for (const ch of word) {
    const c = classOf(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= limit) out += c;
  }
  return out;
}

function classOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}
