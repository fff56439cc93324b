// Wire copy: whether two articles print the same running prose (an agency's sentences that several
// outlets carry, lightly edited), outside quotations. A shared run of WIRE_SPAN_WORDS words or more
// ties the pages to the same news cycle. On the real-news development corpus (pages whose real day
// the keys give), the 7 pairs sharing a run of 18 words or more (19 to 75) were published 0 or 1
// day apart (14 of 14 directed pairs within WIRE_SLACK of each other, either way: an outlet may print
// the copy the day after the agency's first client). Shorter runs tell less: page chrome shared
// across stories years apart ran to 15 words, and a 10-word background phrase joined pages 30 days
// apart. Rights notices are no prose (an agency's runs to 17 words); nor are quotations.
// Words are compared with case and punctuation folded and British/American -ise/-ize spellings
// merged, as quotes are (sharedQuotes.ts).
//
// Indexing (wireKeys): the fingerprints of winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003):
// hash every K-word shingle, keep the least hash of each window of W = WIRE_SPAN_WORDS - K + 1
// shingles. Two texts sharing a run of WIRE_SPAN_WORDS words share a whole window, so they share a
// fingerprint; a text of n words keeps about 2n / (W + 1) of them. So finding an article's wire
// partners is one posting look-up per fingerprint (O(n) per article, not a scan of every pair), and
// sameWire confirms a candidate pair in O(n + m). Hand-written: a few lines of hashing, nothing a
// library would add.
//
//   sameWire(a, b)  // true when both print "Envoys from Norland and Suvia agreed late at night to reopen the border crossing at Velm for trucks ..." (18+ words)
import { CalendarDay } from '../model/calendarDay.js';
import type { Article } from '../model/index.js';

/** A shared run of prose this long (in words, outside quotations) is wire copy, not a stock phrase. */
export const WIRE_SPAN_WORDS = 18;
/** Days an article may follow (or precede) the dated articles it shares wire copy with. */
export const WIRE_SLACK = 1;
/** Shingle length of the fingerprints. */
const K = 8;
/** Shingles per winnowing window: any shared run of WIRE_SPAN_WORDS words covers one window. */
const W = WIRE_SPAN_WORDS - K + 1;
/** Fingerprints start with this letter, so they never collide with quote hashes (hex) in the same postings. */
export const WIRE_KEY_PREFIX = 'w';

// A quotation is not wire prose (sharedQuotes.ts weighs quotes); it breaks a run.
const QUOTE = /[“"][^”"]{0,400}[”"]/g;
// Nor is a line with a rights notice (copyright, ©, all rights reserved): an agency's runs to 17 words, on every page it sells.
const NOTICE = /^.*(?:\bcopyright\b|©|\ball rights reserved\b).*$/gim;
const BREAK = '|';

/** The words of the text outside quotations and rights notices, folded; each leaves a break no run crosses. */
export function proseWords(text: string): string[] {
  const folded = text.replace(NOTICE, ` ${BREAK} `).replace(QUOTE, ` ${BREAK} `).toLowerCase().replace(/is(e|ed|ing|ation)\b/g, 'iz$1');
  return folded.match(/[a-z0-9]+|\|/g) ?? [];
}

/** The runs of `n` words with no break inside, joined by spaces. */
function shingles(words: readonly string[], n: number): string[] {
  const out: string[] = [];
  let sinceBreak = 0;
  for (let i = 0; i < words.length; i++) {
    sinceBreak = words[i] === BREAK ? 0 : sinceBreak + 1;
    if (sinceBreak >= n) out.push(words.slice(i - n + 1, i + 1).join(' '));
  }
  return out;
}

/** The winnowing fingerprints of the text's prose: the least K-shingle hash of each window of W consecutive shingles. */
export function wireKeys(text: string): string[] {
  const words = proseWords(text);
  const keys = new Set<string>();
  // Windows never span a break: each run between breaks is winnowed on its own.
  let run: string[] = [];
  const flush = (): void => {
    const hashes = shingles(run, K).map(shingleHash);
    for (let i = 0; i + W <= hashes.length; i++) {
      let least = hashes[i]!;
      for (let j = i + 1; j < i + W; j++) if (hashes[j]! < least) least = hashes[j]!;
      keys.add(WIRE_KEY_PREFIX + least);
    }
    run = [];
  };
  for (const w of words) {
    if (w === BREAK) flush();
    else run.push(w);
  }
  flush();
  return [...keys].sort();
}

/** A shingle's key, 15 hex digits from two 32-bit FNV-1a passes with different offsets (sha1 took twice as long, for nothing a key needs). */
function shingleHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) + (b >>> 15);
  }
  return ((a >>> 2).toString(16).padStart(8, '0') + (b >>> 2).toString(16).padStart(8, '0')).slice(1);
}

/** Whether two texts share a run of WIRE_SPAN_WORDS words of prose (outside quotations). */
export function sameWire(a: string, b: string): boolean {
  const mine = new Set(shingles(proseWords(a), WIRE_SPAN_WORDS));
  if (mine.size === 0) return false;
  return shingles(proseWords(b), WIRE_SPAN_WORDS).some((s) => mine.has(s));
}

/**
 * A prose fingerprint filed under more articles than this (stored and in the batch) is page chrome or a stock paragraph,
 * not one story's copy: on the development corpus a story's wire copy is printed by 2 pages. It also bounds the cost:
 * a page's wire partners are looked up among at most this many articles a fingerprint (at 50, the generated stories
 * of bench:ingest, which share filler paragraphs, made resolve cost grow with the store).
 */
export const MAX_WIRE_ARTICLES = 8;

/** The articles a quote hash or prose fingerprint (quoteHashes) ties a page to: none for a fingerprint too common to tell a story. */
export function storyPostings(key: string, ids: readonly string[]): readonly string[] {
  return key.startsWith(WIRE_KEY_PREFIX) && ids.length > MAX_WIRE_ARTICLES ? [] : ids;
}

/**
 * The dated pages an article shares prose with, when they tell one news day: none when they were
 * published more than 2 * WIRE_SLACK days apart, since prose printed on days far apart is an
 * outlet's stock background paragraph ("The dispute has simmered for years ..."), not one day's copy.
 */
export function wireDays<T extends Pick<Article, 'publishedAt'>>(partners: T[]): T[] {
  const days = partners.flatMap((a) => [a.publishedAt?.earliest, a.publishedAt?.latest]).filter((d): d is string => !!d).sort();
  if (days.length === 0) return [];
  return CalendarDay.daysBetween(days[0]!, days[days.length - 1]!) <= 2 * WIRE_SLACK ? partners : [];
}
