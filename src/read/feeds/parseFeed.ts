// RSS (2.0, 0.9x, 1.0/RDF) or Atom XML -> the feed's items: link, title, publication day and
// content (HTML) when the feed carries it. Parsing is @rowanmanning/feed-parser's, chosen over
// the other maintained parsers because it is tested against real-world feeds, is lenient with
// broken ones, resolves relative links, gives one normalised item shape for RSS and Atom
// (content:encoded / atom:content as `content`), and sits on fast-xml-parser, no native code.
// rss-parser (xml2js, little activity) and feedparser (stream-based, sax) are older;
// @extractus/feed-extractor truncates descriptions and needs custom fields for content:encoded;
// feedsmith is thorough but hands out each format's raw structure, which we would normalise again.
// The day is read from the element's text as written (pubDate, dc:date, published, issued, else
// updated), so "Tue, 25 Jun 2019 22:30:00 -0400" stays 2019-06-25 and is not moved to UTC.
// Example: parseFeed('<rss><channel><item><link>/a</link><title>T</title><pubDate>Tue, 25 Jun 2019 10:00:00 GMT</pubDate></item></channel></rss>', 'https://x.org/feed')
//   -> { format: 'rss', items: [{ key: 'https://x.org/a', link: 'https://x.org/a', title: 'T', published: day span 2019-06-25 }] }
import { parseFeed as parseFeedXml } from '@rowanmanning/feed-parser';
import type { TimeSpan } from '../../model/index.js';
import { parseMetadataDate } from '../parseMetadataDate.js';

export interface FeedItem {
  /** What identifies the item across polls: its link, else feedUrl#guid, else feedUrl#title. */
  key: string;
  link?: string;
  title?: string;
  published: TimeSpan | null;
  /** The item's content as HTML (content:encoded, atom:content, else description/summary). */
  content?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title?: string;
  items: FeedItem[];
}

const DATE_ELEMENTS = ['pubdate', 'date', 'published', 'issued', 'updated', 'modified'];

type LibraryItem = ReturnType<typeof parseFeedXml>['items'][number];

function absolute(link: string | null, base: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link, base);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function publicationDay(item: LibraryItem): TimeSpan | null {
  for (const name of DATE_ELEMENTS) {
    const text = item.element.findElementWithName(name)?.textContentNormalized;
    const span = text ? parseMetadataDate(text) : null;
    if (span) return span;
  }
  const instant = item.published ?? item.updated;
  return instant ? parseMetadataDate(instant.toISOString()) : null;
}

/** The feed's items in feed order, each key once; or the reason the XML is no RSS or Atom feed. */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed | { reason: string } {
  let feed: ReturnType<typeof parseFeedXml>;
  try {
    feed = parseFeedXml(xml);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { reason: code === 'INVALID_FEED' ? 'not an RSS or Atom feed' : `cannot parse the feed (${(error as Error).message})` };
  }
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const item of feed.items) {
    const link = absolute(item.url, feedUrl);
    const title = item.title?.trim() || undefined;
    const key = link ?? (item.id ? `${feedUrl}#${item.id}` : title ? `${feedUrl}#${title}` : undefined);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const content = item.content?.trim() || item.description?.trim() || undefined;
    items.push({ key, ...(link ? { link } : {}), ...(title ? { title } : {}), published: publicationDay(item), ...(content ? { content } : {}) });
  }
  return { format: feed.meta.type === 'atom' ? 'atom' : 'rss', ...(feed.title ? { title: feed.title } : {}), items };
}
