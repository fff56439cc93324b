// A feed item's own content (HTML from content:encoded, atom:content or description) -> an
// Article, through the cleaning every reader shares: the fragment is parsed by jsdom (never by
// regular expressions), turned into paragraphs, and cleaned with the item's link, title and
// publication day as what the container says. `words` tells a caller whether the feed carries
// the full text or a teaser (readFeedItems fetches the page for a teaser).
// Example: readFeedContent({ key: 'https://x.org/a', link: 'https://x.org/a', title: 'Talks',
//   published: day span 2019-06-25, content: '<p>Kim met Moon.</p>' })
//   -> { words: 3, result: { articles: [{ source: 'https://x.org/a', url: 'https://x.org/a', title: 'Talks', dateSource: 'metadata', … }] } }
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanArticle } from '../cleanArticle.js';
import { htmlToParagraphs } from '../htmlToParagraphs.js';
import type { ReadResult } from '../readResult.js';
import type { FeedItem } from './parseFeed.js';

function feedContentText(html: string): string {
  const dom = new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { virtualConsole: new VirtualConsole() });
  try {
    return htmlToParagraphs(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

export function readFeedContent(item: FeedItem): { words: number; result: ReadResult } {
  const text = item.content ? feedContentText(item.content) : '';
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  const result = cleanArticle({
    source: item.key,
    text,
    ...(item.link ? { url: item.link } : {}),
    ...(item.title ? { title: item.title } : {}),
    metadataDate: item.published,
  });
  return { words, result };
}
