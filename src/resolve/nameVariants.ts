// When two people's names, compared as personWords (case, accents, initials, "Jr." and
// transliterations folded), can be one person's: a shorter form of a longer name, or a misspelling.
// - Shorter form: every word of the shorter stands, in order, in the longer, both share the
//   first or the last word, and the shorter does not start at a father's name ("Hamad al-Thani"
//   is not a form of "Tamim bin Hamad al-Thani"). "Ana Ruiz" of "Ana Ruiz Vega", "Tomas Berg"
//   of "Erik Tomas Berg", "Nasir bin Adil" of "Nasir bin Adil Al Farsi".
// - Misspelling: the same number of words, all equal but one, and that one a long word (6 letters
//   or more) one letter dropped, added or two neighbours swapped ("Jonathon"/"Jonathan" is a
//   changed letter, which makes another name, and is no misspelling), or the one word written
//   with and without the Arabic article ("Sabah al-Ahmad Al Sabah", "Sabah al-Ahmad A Sabah").
// Example: isShorterForm(['ana', 'ruiz'], ['ana', 'ruiz', 'vega']) -> true

/** Words before which a name part is a father's or a family's: "bin Zayed", "ibn Saud". */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'binti', 'ould']);

export function isShorterForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  const at: number[] = [];
  let j = 0;
  for (const word of short) {
    while (j < long.length && long[j] !== word) j++;
    if (j === long.length) return false;
    at.push(j++);
  }
  const first = at[0]!;
  if (first > 0 && PATRONYMIC.has(long[first - 1]!)) return false;
  if (PATRONYMIC.has(short[0]!) || PATRONYMIC.has(short[short.length - 1]!)) return false;
  return first === 0 || at[at.length - 1] === long.length - 1;
}

export function isMisspelling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  const differ = a.map((w, i) => [w, b[i]!] as const).filter(([x, y]) => x !== y);
  if (differ.length !== 1) return false;
  const [x, y] = differ[0]!;
  return withArticle(x, y) || (Math.max(x.length, y.length) >= 6 && oneSlip(x, y));
}

/** One word with and one without the Arabic article ("Al-Farsi", "A Farsi" as a slip, "Farsi"). */
function withArticle(x: string, y: string): boolean {
  return y.length >= 3 && (x === `al${y}` || x === `el${y}` || y === `al${x}` || y === `el${x}`);
}

/** One letter dropped or added, or two neighbouring letters swapped. */
function oneSlip(x: string, y: string): boolean {
  if (x.length === y.length) {
    const i = [...x].findIndex((c, k) => c !== y[k]);
    return i >= 0 && i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
  }
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  if (longer.length - shorter.length !== 1) return false;
  const i = [...shorter].findIndex((c, k) => c !== longer[k]);
  return i < 0 || shorter.slice(i) === longer.slice(i + 1);
}
