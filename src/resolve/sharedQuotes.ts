// Whether two articles share enough direct quotations to be one story: two quotes of five words
// or more, or one of eight or more (LONG_QUOTE_WORDS). On the real-news corpus no undated page
// shared two quotes with a dated one, and each of the 9 sharing one shared a long one ("I hereby
// confirm that the International Atomic Energy Agency has verified ..."); 8 of them were published
// within two days of it. A short stock phrase in quotation marks ("at the earliest date possible")
// is no such sign. Quotes are compared with case, punctuation and British/American -ise/-ize
// spellings folded. Hand-written: a set intersection, nothing a library would add.
/** Shared quote hashes that make a stored article a candidate partner (sameStory decides on the texts). */
export const SAME_STORY_QUOTES = 1;
/** A quote this long is distinctive on its own. */
export const LONG_QUOTE_WORDS = 8;

const QUOTE = /[“"]([^”"]{20,400})[”"]/g;

export function quoteKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(QUOTE)) {
    const words = m[1]!.toLowerCase().replace(/is(e|ed|ing|ation)\b/g, 'iz$1').match(/[a-z0-9]+/g) ?? [];
    if (words.length >= 5) keys.add(words.join(' '));
  }
  return keys;
}

/** Two shared quotes, or one long one. */
export function sameStory(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((k) => b.has(k));
  return shared.length >= 2 || shared.some((k) => k.split(' ').length >= LONG_QUOTE_WORDS);
}
