// What an HTML page says about itself before readability rewrites it: publication date from meta
// tags (article:published_time, date, pubdate, og:..., dc.date, itemprop=datePublished) or
// <time datetime>, canonical URL (link rel=canonical, og:url) and og:title.
// Example: htmlMetadata(doc with <meta property="article:published_time" content="2019-06-26T10:31:00+09:00">)
//   -> { date: day span 2019-06-26, url: undefined, title: undefined }
import type { TimeSpan } from '../model/index.js';
import { parseMetadataDate } from './parseMetadataDate.js';

export interface HtmlMetadata {
  date: TimeSpan | null;
  url?: string;
  title?: string;
}

/** Meta keys (name, property or itemprop, lower-cased) carrying the publication date, best first. */
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'dc.date.issued',
  'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate',
];

function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key !== '' && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

function timeElementDate(doc: Document): TimeSpan | null {
  const candidates = [
    ...Array.from(doc.querySelectorAll('time[pubdate], time[itemprop="datePublished"]')),
    ...Array.from(doc.querySelectorAll('article time[datetime]')),
    ...Array.from(doc.querySelectorAll('time[datetime]')),
  ];
  for (const el of candidates) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content');
    const span = value ? parseMetadataDate(value) : null;
    if (span) return span;
  }
  return null;
}

function httpUrl(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && /^https?:\/\//i.test(v) ? v : undefined;
}

export function htmlMetadata(doc: Document): HtmlMetadata {
  const meta = metaValues(doc);
  let date: TimeSpan | null = null;
  for (const key of DATE_KEYS) {
    const value = meta.get(key);
    date = value ? parseMetadataDate(value) : null;
    if (date) break;
  }
  date ??= timeElementDate(doc);
  const url = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(meta.get('og:url'));
  const title = meta.get('og:title');
  return { date, ...(url ? { url } : {}), ...(title ? { title } : {}) };
}
