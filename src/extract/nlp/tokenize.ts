// Tokenizer: a span of raw text -> tokens with character offsets, split the way the Penn Treebank
// and CoNLL-2003 split news (the taggers were trained on that tokenization). Punctuation is its
// own token, except inside numbers ("1,000", "3.5"), abbreviations and initials ("U.S.", "Mr.",
// "J."), names with apostrophes ("O'Brien") and hyphenated words ("all-rounder", "1996-08-30");
// clitics split off ("England's" -> "England" "'s", "don't" -> "do" "n't"), and so does a slash
// between words ("WASHINGTON/PALM"). A full stop ending a line (or the span) is split off even
// after an abbreviation; "1." numbering a line stays whole.
// Example: tokenize("Mr. O'Brien's U.S. trip, $5.5 million.") -> Mr. | O'Brien | 's | U.S. | trip
//   | , | $ | 5.5 | million | .
// Hand-written: a few rules over whitespace-separated chunks keep exact offsets, which is what
// the entity spans need; no Node tokenizer keeps PTB conventions and offsets together.
import { isAbbreviation } from '../isAbbreviation.js';
import type { Token } from './token.js';

const OPENERS = /^(?:["“”‘'`([{<]|\$|£|€|-{2,}|—|–)/u;
const CLOSERS = /(?:["“”’'`)\]}>,;:!?%]|\.{3}|…|-{2,}|—|–)$/u;
const CLITIC = /(?:['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)|n['’]t|N['’]T)$/u;
/** Clitics and runs of punctuation written apart ("I 'm", "...", "--") stay whole. */
const WHOLE = /^(?:['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)|n['’]t|N['’]T|\.{2,}|-{2,}|[\p{P}\p{S}])$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const chunk = /\S+/gu;
  chunk.lastIndex = from;
  for (let m = chunk.exec(text); m && m.index < to; m = chunk.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const lineStart = /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index));
    const lineEnd = LINE_END.test(text.slice(end, Math.min(to, end + 12)));
    splitChunk(text, m.index, end, out, lineStart, lineEnd);
  }
  return out;
}

/** A chunk ends its line (or span) when only closing quotes and brackets follow it. */
const LINE_END = /^[ \t]*(?:["”’')\]][ \t]*)*(?:\n|$)/u;

function splitChunk(text: string, start: number, end: number, out: Token[], lineStart: boolean, lineEnd: boolean): void {
  const tail: Token[] = [];
  const tokenStart = start;
  const tokenEnd = end;
  for (;;) {
    const piece = text.slice(start, end);
    if (!piece) break;
    if (WHOLE.test(piece)) {
      out.push(token(text, start, end));
      break;
    }
    const open = OPENERS.exec(piece);
    if (open && open[0].length < piece.length) {
      out.push(token(text, start, start + open[0].length));
      start += open[0].length;
      continue;
    }
    const close = CLOSERS.exec(piece);
    if (close && close[0].length < piece.length && !keepsClosingQuote(piece)) {
      tail.unshift(token(text, end - close[0].length, end));
      end -= close[0].length;
      continue;
    }
    const clitic = CLITIC.exec(piece);
    if (clitic && clitic.index > 0 && /[\p{L}\p{N}]/u.test(piece.slice(0, clitic.index))) {
      tail.unshift(token(text, end - clitic[0].length, end));
      end -= clitic[0].length;
      continue;
    }
    // "1." numbering a line is one token; at the end of a line the full stop of "Corp." or
    // "U.S." also ends the sentence and is split off, as CoNLL-2003 does.
    const numbering = lineStart && start === tokenStart && /^\d{1,3}\.$/.test(piece);
    const final = lineEnd && /^["”’')\]]*$/u.test(text.slice(end, tokenEnd));
    if (piece.length > 1 && piece.endsWith('.') && !numbering && (final || !keepsFullStop(piece))) {
      tail.unshift(token(text, end - 1, end));
      end -= 1;
      continue;
    }
    // "WASHINGTON/PALM BEACH": a slash between words (not between digits, "1996/97") splits them.
    const slash = /[\p{L}.]\/(?=\p{L})/u.exec(piece);
    if (slash) {
      const at = start + slash.index + 1;
      splitChunk(text, start, at, out, lineStart && start === tokenStart, false);
      out.push(token(text, at, at + 1));
      splitChunk(text, at + 1, end, out, false, lineEnd && end === tokenEnd);
      break;
    }
    out.push(token(text, start, end));
    break;
  }
  out.push(...tail);
}

/** "rock'n'roll", "O'" are words; a quote closing a quoted word is not part of it. */
function keepsClosingQuote(piece: string): boolean {
  return /^\p{L}['’]$/u.test(piece);
}

/** "U.S.", "p.m.", "J.", "Mr.", "No." keep their full stop; "Reuters." and "1996." do not. */
function keepsFullStop(piece: string): boolean {
  if (piece.endsWith('..')) return false;
  return isAbbreviation(piece.slice(0, -1));
}

function token(text: string, start: number, end: number): Token {
  return { text: text.slice(start, end), start, end };
}
