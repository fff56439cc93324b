// JSON Lines -> one Article per record `{text, url?, title?, publishedAt?, author?}`, cleaned like
// plain text; source is `path#N` (N = 1-based line). A line that is not JSON, not an object or has
// no `text` string is a Skipped entry naming file and line; the other records still come through.
// Example: readJsonl('{"text":"Kim met Moon.","url":"https://x.com/2019/06/26/a"}\nnot json', 'feed.jsonl')
//   -> articles: [{ source: 'feed.jsonl#1', dateSource: 'url', … }],
//      skipped: [{ source: 'feed.jsonl#2', reason: 'feed.jsonl line 2: not valid JSON (…)' }]
import { cleanArticle, type CleanInput } from './cleanArticle.js';
import { parseMetadataDate } from './parseMetadataDate.js';
import type { ReadResult } from './readResult.js';

function optionalString(record: Record<string, unknown>, key: string): string | undefined {
  const v = record[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export function readJsonl(content: string, source: string): ReadResult {
  const result: ReadResult = { articles: [], skipped: [] };
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const n = i + 1;
    const where = `${source}#${n}`;
    const skip = (why: string) => result.skipped.push({ source: where, reason: `${source} line ${n}: ${why}` });
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      skip(`not valid JSON (${err instanceof Error ? err.message : String(err)})`);
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      skip(`not a JSON object`);
      return;
    }
    const r = record as Record<string, unknown>;
    if (typeof r['text'] !== 'string') {
      skip(`no "text" string field`);
      return;
    }
    const url = optionalString(r, 'url');
    const title = optionalString(r, 'title');
    const author = optionalString(r, 'author');
    const published = optionalString(r, 'publishedAt');
    const input: CleanInput = {
      source: where,
      text: r['text'],
      ...(url !== undefined ? { url } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(author !== undefined ? { author } : {}),
      metadataDate: published !== undefined ? parseMetadataDate(published) : null,
    };
    const one = cleanArticle(input);
    result.articles.push(...one.articles);
    result.skipped.push(...one.skipped);
  });
  return result;
}
