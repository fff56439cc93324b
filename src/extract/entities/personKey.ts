// The key a new person's id is made of, so that one person written several ways in several articles
// is one node: case, accents and hyphens folded (slug), middle initials and "Jr."/"Sr." dropped
// ("Rex W. Tillerson" = "Rex Tillerson"), a possessive dropped, the Arabic article joined to its word
// ("Mohammed al-Otaibi" = "Mohammed Alotaibi"), and each name part spelt as the first
// of its group in data/gazetteer/transliterations.json ("Sergey" = "Sergei", "Zelenskyy" = "Zelensky").
// Example: personSlug('Sergey V. Lavrov Jr.') -> 'sergei-lavrov'; personSlug('Ana Holm’s') -> 'ana-holm'
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aliasKey, slug } from './slug.js';

let spelling: Map<string, string> | undefined;

function canonicalSpelling(): Map<string, string> {
  if (!spelling) {
    const file = fileURLToPath(new URL('../../../data/gazetteer/transliterations.json', import.meta.url));
    const { groups } = JSON.parse(readFileSync(file, 'utf8')) as { groups: string[][] };
    spelling = new Map(groups.flatMap((g) => g.map((w) => [w, g[0]!] as const)));
  }
  return spelling;
}

/** The words of a person's name as compared: folded, without possessive, initials inside or "Jr.". */
export function personWords(name: string): string[] {
  return writtenPersonWords(name).map((w) => canonicalSpelling().get(w) ?? w);
}

/** personWords before transliterations are folded: each name part as the article spelt it. */
export function writtenPersonWords(name: string): string[] {
  const words = aliasKey(name.replace(/['’]s?$/u, '')).split(' ').filter((w) => w !== '');
  const kept = words.filter((w, i) => !(i > 0 && i < words.length - 1 && /^\p{L}\.?$/u.test(w)) && !(i > 0 && /^(?:jr|sr)\.?$/.test(w)));
  // "al-Otaibi", "Al Otaibi" and "Alotaibi" are one spelling: the article joins the word after it.
  const joined: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    if (/^(?:al|el)$/.test(kept[i]!) && i + 1 < kept.length && i > 0) joined.push(kept[i]! + kept[++i]!);
    else joined.push(kept[i]!);
  }
  return joined;
}

export function personSlug(name: string): string {
  return slug(personWords(name).join(' '));
}
