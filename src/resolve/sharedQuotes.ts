// How many direct quotations two articles share: the surest sign that they report one story.
// One shared quote of five words or more is enough (SAME_STORY_QUOTES): on the real-news corpus
// no two outlets' undated and dated reports of one story shared two, and of the 9 undated pages
// sharing one with a dated page, 8 were published within two days of it. Quotes of five words or more, compared with case, punctuation and British/American -ise/-ize
// spellings folded. Hand-written: a set intersection, nothing a library would add.
/** Shared quotes that make two articles one story (published when the dated one was). */
export const SAME_STORY_QUOTES = 1;

const QUOTE = /[“"]([^”"]{20,400})[”"]/g;

export function quoteKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(QUOTE)) {
    const words = m[1]!.toLowerCase().replace(/is(e|ed|ing|ation)\b/g, 'iz$1').match(/[a-z0-9]+/g) ?? [];
    if (words.length >= 5) keys.add(words.join(' '));
  }
  return keys;
}

export function sharedQuotes(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}
