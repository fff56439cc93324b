// Sentence spans of a cleaned text: paragraphs split at line breaks, then at sentence-final
// punctuation followed by a capital or an opening quote, never after an abbreviation ("U.S.",
// "Feb.", "Mr.", an initial). Hand-written: a dozen lines that keep exact offsets, where
// compromise's splitter would cost a full tagging pass over the article.
import type { Span } from '../model/index.js';

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Inc|Co|Corp|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|U\.K|a\.m|p\.m)|\b\p{Lu})\.$/u;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const para = /[^\n]+/g;
  for (let p = para.exec(text); p; p = para.exec(text)) {
    let start = p.index;
    const line = p[0];
    const end = p.index + line.length;
    const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
    for (let b = boundary.exec(line); b; b = boundary.exec(line)) {
      const stop = p.index + b.index + b[0].length;
      if (ABBREV.test(text.slice(Math.max(start, stop - 6), p.index + b.index + 1))) continue;
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
