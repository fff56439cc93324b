// Plain text or markdown -> one Article (or a Skipped entry when nothing readable is left).
// Dates: `date YYYY-MM-DD` header (dateSource 'header'), front matter date in markdown
// ('metadata'), a dateline line near the top ('dateline'); title = short first line; bylines -> author.
// Example: readText(' date 2019-06-26 Seoul said on Wednesday ...', 'news/001.txt')
//   -> { articles: [{ source: 'news/001.txt', text: 'Seoul said on Wednesday ...', dateSource: 'header', … }], skipped: [] }
import { cleanArticle } from './cleanArticle.js';
import { markdownToText } from './markdownToText.js';
import { parseMetadataDate } from './parseMetadataDate.js';
import type { ReadResult } from './readResult.js';

export interface ReadTextOptions {
  /** Treat the content as markdown (heading marks, links, front matter). Default false. */
  markdown?: boolean;
}

export function readText(content: string, source: string, options: ReadTextOptions = {}): ReadResult {
  if (!options.markdown) return cleanArticle({ source, text: content });
  const { text, meta } = markdownToText(content);
  return cleanArticle({
    source,
    text,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.author !== undefined ? { author: meta.author } : {}),
    metadataDate: meta.date !== undefined ? parseMetadataDate(meta.date) : null,
  });
}
