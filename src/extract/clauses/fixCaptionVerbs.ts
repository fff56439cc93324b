// A chunk and tag repair for photo captions, which tell an act in the present with a name for
// subject: "President Barack Obama participates in a pull-aside with ...", "Rex Tillerson walks
// with ...". The taggers, trained on running text, read the verb as a plural noun closing the name's
// noun group. A lower-case word in -s that ends a noun group of capitalised words, is followed by a
// preposition or determiner, and has no verb before it up to the sentence's start or the next comma,
// is that group's present-tense verb. Agent and other plural nouns ("Trump supporters in Ohio",
// "Biden aides at the White House") are left alone. Contract: pure; words, tags and chunks in and out.
// Example: "Obama participates in a pull-aside" NP[Obama participates] PP[in] -> NP[Obama] VP[participates] PP[in]
import type { Chunk } from './clauseTypes.js';

/** Plural nouns of people or things, never a caption's verb: "supporters", "officials", "aides", "leaders". */
const NOUN_ENDING = /(?:ers|ors|ists|ians|ans|ics|ees|ants|ents|ships|ies|ss|us|aides|officials|leaders|troops|forces|talks|relations|affairs|news)$/;

export function fixCaptionVerbs(words: readonly string[], pos: readonly string[], chunks: readonly Chunk[]): { pos: string[]; chunks: Chunk[] } {
  const fixed = [...pos];
  const out: Chunk[] = [];
  const comma = (i: number) => {
    const at = words.indexOf(',', i);
    return at < 0 ? words.length : at;
  };
  for (const [k, c] of chunks.entries()) {
    const last = c.end - 1;
    const w = words[last]!;
    const caption =
      c.type === 'NP' && last > c.start && pos[last] === 'NNS' && /^\p{Ll}+s$/u.test(w) && !NOUN_ENDING.test(w) && pos[last - 1] === 'NNP' &&
      /^(?:IN|DT|TO)$/.test(pos[c.end] ?? '') &&
      !chunks.some((v, j) => v.type === 'VP' && (j < k || v.start < comma(c.end)));
    if (!caption) {
      out.push(c);
      continue;
    }
    fixed[last] = 'VBZ';
    out.push({ type: 'NP', start: c.start, end: last }, { type: 'VP', start: last, end: c.end });
  }
  return { pos: fixed, chunks: out };
}
