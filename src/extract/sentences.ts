// Sentence spans of a cleaned text: paragraphs split at line breaks, then at sentence-final
// punctuation followed by a capital or an opening quote, never after an abbreviation ("U.S.",
// "Feb.", "Mr.", an initial). A wire dateline ("SEOUL, Nov. 29 (Yonhap) --", "STOCKHOLM (AFP) -")
// is a span of its own, so its city and agency are not read as part of the first sentence's news;
// a line in capitals throughout ("SOCCER - JAPAN GET LATE WIN") is a headline, kept whole.
// Hand-written: a dozen lines that keep exact offsets, where
// compromise's splitter would cost a full tagging pass over the article.
import type { Span } from '../model/index.js';
import { isAbbreviation } from './isAbbreviation.js';


const DATELINE = /^(?:\p{Lu}[\p{Lu}\p{M}.'’ /-]+(?:,\s*[^\n—()]{1,40}?)?\s*\([\p{L}. ]{2,30}\)|\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?)\s*(?:—|–|--|-)\s+(?=["“\p{Lu}])/u;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const para = /[^\n]+/g;
  for (let p = para.exec(text); p; p = para.exec(text)) {
    let start = p.index;
    const line = p[0];
    const end = p.index + line.length;
    const dateline = DATELINE.exec(line);
    // "SOCCER - JAPAN GET LATE WIN" is a headline in capitals, not a dateline and its story.
    if (dateline && /\p{Ll}/u.test(line.slice(dateline[0].length))) {
      push(out, text, start, start + dateline[0].length);
      start += dateline[0].length;
    }
    const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
    boundary.lastIndex = start - p.index;
    for (let b = boundary.exec(line); b; b = boundary.exec(line)) {
      const stop = p.index + b.index + b[0].length;
      const word = /[\p{L}.]*$/u.exec(text.slice(start, p.index + b.index))![0];
      if (b[0].startsWith('.') && isAbbreviation(word)) continue;
      push(out, text, start, stop);
      start = stop;
    }
    push(out, text, start, end);
  }
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
