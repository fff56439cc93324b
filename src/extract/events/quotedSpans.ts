// Quoted words of a sentence: someone's speech, whose names take no part in an event told outside the quote.
import type { Span } from '../../model/index.js';

/** The spans of a sentence between paired quotation marks (“…”, "…"). */
export function quotedSpans(sentence: Span): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”]*”|"[^"]*"/g;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) out.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
  return out;
}
