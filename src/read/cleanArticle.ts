// The cleaning every reader shares: raw article text (+ what the container said: url, title,
// author, metadata date) -> one Article, or a Skipped entry when no text is left.
// Steps, in order: `date YYYY-MM-DD` (or `date YYYY-MM`: that month) header at the very start;
// normalise lines; photo credits out of captions (-> photographers), "Read ... here." teasers out of
// paragraphs, hover-card repeats collapsed;
// strip page chrome; dateline near the top; bylines and author lines (-> author); title line and
// its duplicate (-> title); paragraphs collapsed. Names in credits and bylines are metadata, never text. Date precedence: header > metadata >
// dateline (a line, or a wire dateline with its year) > url > a wire dateline without year (a
// partial date resolve completes) > none; but a header or metadata date before the day the text's
// own date line prints is no publication date (a page is not published before the day it states:
// a crawler's stale field), and the date line wins.
// Example: cleanArticle({ source: 'a.txt', text: ' date 2019-03-29 Moon will visit Washington.' })
//   -> { articles: [{ id: 'article:…', source: 'a.txt', text: 'Moon will visit Washington.',
//        publishedAt: { value: '2019-03-29', granularity: 'day', … }, dateSource: 'header' }], skipped: [] }
import type { Article, DateSource, TimeSpan } from '../model/index.js';
import { CalendarDay } from '../model/calendarDay.js';
import { articleId } from './articleId.js';
import { collapseBlankLines } from './collapseBlankLines.js';
import { dateFromUrl } from './dateFromUrl.js';
import { daySpan } from './daySpan.js';
import { normaliseLines } from './normaliseLines.js';
import { dropLinkTeaser } from './chromeRules.js';
import { collapseHoverCards } from './collapseHoverCards.js';
import { datelineOf } from './parseDateline.js';
import { takePhotoCredit } from './photoCredits.js';
import type { ReadResult } from './readResult.js';
import { wireDateline } from './wireDateline.js';
import { stripBoilerplate } from './stripBoilerplate.js';
import { takeBylines } from './takeBylines.js';

export interface CleanInput {
  source: string;
  text: string;
  url?: string;
  /** Title given by the container (HTML, JSONL, front matter); otherwise detected in the text. */
  title?: string;
  author?: string;
  /** Publication date given by the container's metadata. */
  metadataDate?: TimeSpan | null;
}

const HEADER = /^\s*date\s*(?::\s*|\s+)(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])[ \t]*/i;
/** The dateline is looked for among the first lines, before the first body paragraph. */
const DATELINE_WINDOW = 6;
const LONG_LINE = 200;
const MAX_TITLE = 200;
/** Headlines run to a dozen words or so; a first line of more words is the story's first sentence. */
const MAX_TITLE_WORDS = 20;

function headerDate(raw: string): { span: TimeSpan | null; rest: string } {
  const m = HEADER.exec(raw);
  if (!m) return { span: null, rest: raw };
  // "date 2019-03": a header that gives only the month dates the article to that month.
  const span = m[3] === undefined ? monthSpan(m[0].trim(), Number(m[1]), Number(m[2])) : daySpan(m[0].trim(), Number(m[1]), Number(m[2]), Number(m[3]));
  return span ? { span, rest: raw.slice(m[0].length) } : { span: null, rest: raw };
}

function monthSpan(text: string, year: number, month: number): TimeSpan | null {
  const first = CalendarDay.of(year, month, 1);
  if (!first) return null;
  const pad = String(month).padStart(2, '0');
  return { text, earliest: first.iso, latest: `${year}-${pad}-${CalendarDay.daysInMonth(year, month)}`, granularity: 'month', value: `${year}-${pad}` };
}

/** The dateline's span, the index its line had (a byline beside it may be a bare name) and whether it dates an update. */
function takeDateline(lines: string[]): { span: TimeSpan; at: number; update: boolean } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < DATELINE_WINDOW; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (line.length >= LONG_LINE) return null;
    seen++;
    const found = datelineOf(line);
    if (found) {
      // A byline sharing the line ("Ana Lima | June 26, 2019") stays for the byline reader.
      if (found.byline) lines[i] = found.byline;
      else lines.splice(i, 1);
      return { span: found.span, at: i, update: UPDATE.test(line) };
    }
  }
  return null;
}

/** A labelled date may follow the lead: "Updated December 7, 2021 at 3:55 PM ET" among the first lines of the text. */
const LABELLED = /^(?:Updated|Published|Posted|First published|Last updated)\b/i;
/** A date line that dates an update, not the first publication. */
const UPDATE = /\bupdated\b/i;
const LABELLED_WINDOW = 15;

/** A line that labels itself a publication or update date, past the first body paragraph (takeDateline stops there). */
function takeLabelledDate(lines: string[]): { span: TimeSpan; at: null; update: boolean } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < LABELLED_WINDOW; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    seen++;
    if (line.length >= LONG_LINE || !LABELLED.test(line)) continue;
    const found = datelineOf(line);
    if (found && !found.byline) {
      lines.splice(i, 1);
      return { span: found.span, at: null, update: UPDATE.test(line) };
    }
  }
  return null;
}

/** Photo credits and link teasers out of every line (a line that was all credit goes), hover-card repeats collapsed. */
function takeCredits(lines: string[]): { lines: string[]; photographers: string[] } {
  const photographers: string[] = [];
  const out: string[] = [];
  for (const raw of lines) {
    if (raw === '') {
      out.push(raw);
      continue;
    }
    const { line, names } = takePhotoCredit(dropLinkTeaser(collapseHoverCards(raw)));
    for (const n of names) if (!photographers.includes(n)) photographers.push(n);
    if (line !== '') out.push(line);
  }
  return { lines: out, photographers };
}

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** A headline: short (characters and words), starts like a sentence, no sentence-final period, also before a closing
 *  quote set off by a space as tokenised text has it ('a " temporary setback. "'); "U.S." is fine. */
function looksLikeTitle(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (line.length >= MAX_TITLE || words < 2 || words > MAX_TITLE_WORDS) return false;
  if (/^\p{Ll}/u.test(line)) return false;
  if (/\.\s?["”’)]?$/.test(line) && !/\b(\p{Lu}\.)+\s?["”’)]?$/u.test(line)) return false;
  return true;
}

/** Removes the title line (given, or detected on the first line) and a repeat right after it. */
function takeTitle(lines: string[], given: string | undefined): string | null {
  const first = lines.findIndex((l) => l !== '');
  if (first < 0) return given ?? null;
  const line = lines[first]!;
  const hasBody = lines.slice(first + 1).some((l) => l !== '');
  let title: string | null = given ?? null;
  if (given !== undefined) {
    if (!sameTitle(line, given)) return given;
  } else {
    if (!hasBody || !looksLikeTitle(line)) return null;
    title = line;
  }
  lines.splice(first, 1);
  const next = lines.findIndex((l) => l !== '');
  if (next >= 0 && sameTitle(lines[next]!, title!)) lines.splice(next, 1);
  return title;
}

function pickDate(
  header: TimeSpan | null,
  metadata: TimeSpan | null,
  dateline: TimeSpan | null,
  url: TimeSpan | null,
  partial: TimeSpan | null,
  printed: TimeSpan | null,
): { publishedAt: TimeSpan | null; dateSource: DateSource } {
  // The text prints a later first-publication day than the header or metadata give: theirs is stale.
  const printedLater = (given: TimeSpan) => !!printed?.earliest && !!given.latest && given.latest < printed.earliest;
  if (header && !printedLater(header)) return { publishedAt: header, dateSource: 'header' };
  if (metadata && !printedLater(metadata)) return { publishedAt: metadata, dateSource: 'metadata' };
  if (dateline) return { publishedAt: dateline, dateSource: 'dateline' };
  if (url) return { publishedAt: url, dateSource: 'url' };
  if (partial) return { publishedAt: partial, dateSource: 'dateline' };
  return { publishedAt: null, dateSource: 'none' };
}

export function cleanArticle(input: CleanInput): ReadResult {
  const header = headerDate(input.text);
  const credited = takeCredits(normaliseLines(header.rest));
  const stripped = stripBoilerplate(credited.lines);
  const dateline = takeDateline(stripped) ?? takeLabelledDate(stripped);
  const { kept, bylines } = takeBylines(stripped, dateline?.at ?? null);
  const givenTitle = input.title?.replace(/\s+/g, ' ').trim() || undefined;
  const title = takeTitle(kept, givenTitle);
  const text = collapseBlankLines(kept).join('\n');
  if (text === '') {
    return { articles: [], skipped: [{ source: input.source, reason: `${input.source}: no article text left after removing page chrome` }] };
  }
  const url = input.url?.trim() || undefined;
  // A wire dateline with its year ("GENEVA, June 16, 2021 (Reuters) -") is a dateline; without one, a partial date.
  const wire = wireDateline(text);
  const date = pickDate(header.span, input.metadataDate ?? null, dateline?.span ?? (wire?.earliest ? wire : null), url ? dateFromUrl(url) : null, wire?.earliest ? null : wire, dateline && !dateline.update ? dateline.span : null);
  const author = input.author?.trim() || bylines.join(', ') || undefined;
  const article: Article = {
    id: articleId(text),
    source: input.source,
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(credited.photographers.length ? { photographers: credited.photographers } : {}),
    text,
    publishedAt: date.publishedAt,
    dateSource: date.dateSource,
  };
  return { articles: [article], skipped: [] };
}
