// Markdown source -> plain text plus front-matter fields. Heading marks, emphasis, link targets and
// images are dropped; the words stay. Front matter (--- key: value ---) gives title, date, url, author.
// Example: markdownToText('---\ndate: 2019-06-26\n---\n# Kim writes to Trump\n\nSee [the letter](http://x).')
//   -> { text: 'Kim writes to Trump\n\nSee the letter.', meta: { date: '2019-06-26' } }

export interface MarkdownMeta {
  title?: string;
  date?: string;
  url?: string;
  author?: string;
}

const META_KEYS: Record<string, keyof MarkdownMeta> = {
  title: 'title',
  date: 'date',
  published: 'date',
  publishedat: 'date',
  published_at: 'date',
  url: 'url',
  link: 'url',
  author: 'author',
};

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

function frontMatter(lines: string[]): { meta: MarkdownMeta; body: string[] } {
  if (lines[0]?.trim() !== '---') return { meta: {}, body: lines };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0 || end > 40) return { meta: {}, body: lines };
  const meta: MarkdownMeta = {};
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line.trim());
    const key = m ? META_KEYS[m[1]!.toLowerCase()] : undefined;
    if (m && key && meta[key] === undefined) meta[key] = unquote(m[2]!);
  }
  return { meta, body: lines.slice(end + 1) };
}

function inline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1');
}

export function markdownToText(source: string): { text: string; meta: MarkdownMeta } {
  const { meta, body } = frontMatter(source.replace(/\r\n?/g, '\n').split('\n'));
  const out = body.map((line) => {
    if (/^\s*([-*_]\s*){3,}$/.test(line)) return '';
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    return inline(heading ? (heading[1] ?? '') : line.replace(/^\s{0,3}>\s?/, ''));
  });
  return { text: out.join('\n'), meta };
}
