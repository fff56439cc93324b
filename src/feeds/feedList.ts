// The feeds `watch` and `serve --watch` follow: the URLs given as arguments and those of a list
// file (readUrlList), each once. Anything that is no http(s) URL stops the command with a message
// naming it (file and line for the list), and so does an empty list.
// Example: await feedList(['https://x.org/rss'], 'examples/feeds.txt') -> ['https://x.org/rss', 'https://feeds.bbci.co.uk/…', …]
import { isHttpUrl, readUrlList } from './readUrlList.js';

export async function feedList(args: readonly string[], file: string | undefined): Promise<string[]> {
  const list = file ? await readUrlList(file) : { urls: [], skipped: [] };
  const bad = [...args.filter((a) => !isHttpUrl(a)).map((a) => `not an http(s) URL: ${a}`), ...list.skipped.map((s) => s.reason)];
  if (bad.length > 0) throw new Error(bad.join('; '));
  const feeds = [...new Set([...args, ...list.urls])];
  if (feeds.length === 0) throw new Error('give the feeds to follow as URLs or with --feeds FILE');
  return feeds;
}
