// HTML page -> one Article through @mozilla/readability on a jsdom document (no regex parsing).
// Title from readability; text = readability's article content as paragraphs, then the shared
// cleaning (chrome rules, bylines, dateline); date from meta tags / <time datetime> / JSON-LD
// ('metadata'), else a dateline in the text, else the canonical URL ('url'). What the page came
// with (`given`: the URL it was fetched from, a feed item's title and date) fills in where the
// page says nothing: the page's own canonical URL, title and metadata date win.
// Example: readHtml('<html><head><meta name="date" content="2019-06-26">…<article><h1>Talks</h1><p>…</p></article>',
//   'page.html') -> { articles: [{ title: 'Talks', dateSource: 'metadata', … }], skipped: [] }
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanArticle } from './cleanArticle.js';
import { htmlMetadata } from './htmlMetadata.js';
import { htmlToParagraphs } from './htmlToParagraphs.js';
import { parseByline } from './parseByline.js';
import { parseMetadataDate } from './parseMetadataDate.js';
import type { ReadResult } from './readResult.js';
import type { TimeSpan } from '../model/index.js';

/** What a page came with besides its HTML: where it was fetched from, a feed item's title and date. */
export interface GivenWithPage {
  url?: string;
  title?: string;
  date?: TimeSpan | null;
}

/** Readability's byline is free text ("By Jane Roe", "Jane Roe | Staff"): keep it only if it reads as a name. */
function bylineAuthor(byline: string | null | undefined): string | undefined {
  const b = byline?.replace(/\s+/g, ' ').trim();
  if (!b) return undefined;
  return parseByline(b) ?? parseByline(`By ${b}`) ?? undefined;
}

export function readHtml(html: string, source: string, given: GivenWithPage = {}): ReadResult {
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  } catch (err) {
    return { articles: [], skipped: [{ source, reason: `${source}: cannot parse HTML (${err instanceof Error ? err.message : String(err)})` }] };
  }
  try {
    const doc = dom.window.document;
    const meta = htmlMetadata(doc);
    const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    if (!parsed?.content) {
      return { articles: [], skipped: [{ source, reason: `${source}: readability found no article content` }] };
    }
    const title = parsed.title?.trim() || meta.title || given.title;
    const author = bylineAuthor(parsed.byline);
    const date = meta.date ?? (parsed.publishedTime ? parseMetadataDate(parsed.publishedTime) : null) ?? given.date ?? null;
    const url = meta.url ?? given.url;
    return cleanArticle({
      source,
      text: htmlToParagraphs(parsed.content),
      ...(url ? { url } : {}),
      ...(title ? { title } : {}),
      ...(author ? { author } : {}),
      metadataDate: date,
    });
  } finally {
    dom.window.close();
  }
}
