// The read stage on bad input: every unreadable source is a Skipped entry whose reason names the
// file (and line for JSONL), nothing throws, and good articles next to bad ones still come through.
// Also the near misses the cleaning rules must leave alone.
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_RULES } from '../src/read/chromeRules.js';
import { dateFromUrl } from '../src/read/dateFromUrl.js';
import { parseByline } from '../src/read/parseByline.js';
import { parseDateline } from '../src/read/parseDateline.js';
import { readHtml } from '../src/read/readHtml.js';
import { readJsonl } from '../src/read/readJsonl.js';
import { readSources } from '../src/read/readSources.js';
import { readText } from '../src/read/readText.js';

const here = dirname(fileURLToPath(import.meta.url));
const bad = join(here, 'fixtures', 'read', 'bad');
const good = join(here, 'fixtures', 'read', 'good');

describe('bad files each give a skipped entry naming the file', () => {
  const expected: [string, RegExp][] = [
    ['binary.txt', /binary file \(NUL byte/],
    ['blank.md', /empty file \(whitespace only\)/],
    ['chrome-only.txt', /no article text left/],
    ['empty.txt', /empty file$/],
    ['latin1.txt', /not valid UTF-8/],
    ['notes.pdf', /unsupported file type '\.pdf'/],
    ['utf16.txt', /UTF-16/],
  ];

  it.each(expected)('%s', async (name, reason) => {
    const file = join(bad, name);
    const { articles, skipped } = await readSources([file]);
    expect(articles).toEqual([]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.source).toBe(file);
    expect(skipped[0]!.reason).toContain(file);
    expect(skipped[0]!.reason).toMatch(reason);
  });

  it('a JSONL file with bad lines keeps its good records and names each bad line', async () => {
    const file = join(bad, 'records.jsonl');
    const { articles, skipped } = await readSources([file]);
    expect(articles.map((a) => [a.source, a.dateSource, a.publishedAt?.value])).toEqual([
      [`${file}#1`, 'url', '2021-03-15'],
      [`${file}#6`, 'metadata', '2021-03-16'],
    ]);
    expect(skipped.map((s) => s.source)).toEqual([`${file}#2`, `${file}#3`, `${file}#4`, `${file}#5`]);
    expect(skipped[0]!.reason).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 2: not valid JSON`));
    expect(skipped[1]!.reason).toMatch(/line 3: not a JSON object/);
    expect(skipped[2]!.reason).toMatch(/line 4: no "text" string field/);
    expect(skipped[3]!.reason).toMatch(/line 5: no "text" string field/);
  });

  it('a folder of bad files next to good ones: nothing thrown, nothing good lost', async () => {
    const { articles, skipped } = await readSources([bad, good, join(here, 'no-such-folder')]);
    expect(articles).toHaveLength(2 + 8);
    expect(skipped).toHaveLength(1 + 7 + 4);
    expect(skipped[0]).toEqual({ source: join(here, 'no-such-folder'), reason: `${join(here, 'no-such-folder')}: no such file or directory` });
    for (const s of skipped) expect(s.reason.startsWith(s.source.replace(/#\d+$/, ''))).toBe(true);
  });

  it('a path that does not exist', async () => {
    const { articles, skipped } = await readSources(['definitely/missing.txt']);
    expect(articles).toEqual([]);
    expect(skipped).toEqual([{ source: 'definitely/missing.txt', reason: 'definitely/missing.txt: no such file or directory' }]);
  });

  it('HTML with no readable content', () => {
    const { articles, skipped } = readHtml('<html><body></body></html>', 'empty.html');
    expect(articles).toEqual([]);
    expect(skipped).toEqual([{ source: 'empty.html', reason: 'empty.html: readability found no article content' }]);
  });

  it('a JSONL record whose text is only page chrome', () => {
    const { articles, skipped } = readJsonl('{"text":"Share\\nRead More"}', 'f.jsonl');
    expect(articles).toEqual([]);
    expect(skipped).toEqual([{ source: 'f.jsonl#1', reason: 'f.jsonl#1: no article text left after removing page chrome' }]);
  });
});

describe('file system corner cases', () => {
  let dir = '';
  let lockedDir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-'));
    lockedDir = await mkdtemp(join(tmpdir(), 'newsgraph-read-locked-'));
    await writeFile(join(dir, 'a.txt'), 'Officials met in Geneva on Monday.\n');
    await writeFile(join(dir, 'copy.txt'), 'Officials met in Geneva on Monday.\n');
    await writeFile(join(dir, 'noext'), 'Officials met in Geneva on Monday.\n');
    await writeFile(join(dir, '.hidden.txt'), 'Hidden.\n');
    await writeFile(join(lockedDir, 'locked.txt'), 'Locked.\n');
    await chmod(join(lockedDir, 'locked.txt'), 0o000);
    await mkdir(join(dir, 'sub'));
    await symlink(dir, join(dir, 'sub', 'loop'));
  });
  afterAll(async () => {
    if (lockedDir) {
      await chmod(join(lockedDir, 'locked.txt'), 0o644);
      await rm(lockedDir, { recursive: true, force: true });
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('duplicates, no extension, hidden files, a symlink loop', async () => {
    const { articles, skipped } = await readSources([dir, join(dir, 'a.txt')]);
    expect(articles.map((a) => a.source)).toEqual([join(dir, 'a.txt')]);
    const reasons = skipped.map((s) => s.reason);
    expect(reasons).toContain(`${join(dir, 'copy.txt')}: same text as ${join(dir, 'a.txt')} (${articles[0]!.id})`);
    expect(reasons.some((r) => r.startsWith(`${join(dir, 'noext')}: no file extension`))).toBe(true);
    expect(reasons.some((r) => r.includes('.hidden'))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const file = join(lockedDir, 'locked.txt');
    const { skipped } = await readSources([file]);
    expect(skipped).toEqual([{ source: file, reason: `${file}: cannot read file (permission denied)` }]);
  });
});

describe('near misses the cleaning rules leave alone', () => {
  it.each([
    'Twitter vs Facebook',
    'Up close',
    'Share prices fell on Monday.',
    'Watch-list countries met in Vienna on Monday.',
    'Also on Tuesday, the two ministers met again.',
    'Related-party deals were not discussed, officials said.',
    'More than 40 countries sent envoys.',
    'Read the statement below.',
    'The icon of the movement, she said, would not attend.',
  ])('%s', (line) => {
    expect(CHROME_RULES.filter((r) => r.test(line)).map((r) => r.name)).toEqual([]);
  });

  it('a sentence repeated in a long article is only dropped when it is a whole duplicate line', () => {
    const a = readText('Talks resume\n\nKim met Moon. They talked.\n\nLater, Kim met Moon.\n\nThey talked.', 'r.txt').articles[0]!;
    expect(a.text).toBe('Kim met Moon. They talked.\n\nLater, Kim met Moon.\n\nThey talked.');
  });

  it.each(['By Tuesday, the talks had stalled.', 'By contrast, Seoul stayed silent', 'By far the largest delegation came from Japan', 'Bystanders said the envoy left early'])(
    'not a byline: %s',
    (line) => expect(parseByline(line)).toBeNull(),
  );

  it.each([
    'Trump met Kim on June 30, 2019, at the border.',
    'June 12',
    '06/07/2019',
    'Posted on June 26, 2019 by the desk editor',
    'Kerry | June 12, 2015 | Talks collapse in Vienna',
    'By Tuesday June 26, 2019 the talks had stalled',
    'Negotiators met | June 26, 2019 | in Geneva, officials said',
    'This story is about June 26, 2019',
  ])('not a dateline: %s', (line) => expect(parseDateline(line)).toBeNull());

  it('a date line after the first body paragraph is not a dateline', () => {
    const lead = 'GENEVA (AP) — Negotiators from both sides resumed talks on Monday after a pause of several weeks, officials said, in a session expected to last into the evening and to set the agenda for a ministerial meeting.';
    const a = readText(`${lead}\n\nJune 26, 2019\n\nNo deal was reached.`, 'late.txt').articles[0]!;
    expect(a.dateSource).toBe('none');
    expect(a.text).toContain('June 26, 2019');
  });

  it.each([
    'https://example.com/2019/06/summit',
    'https://example.com/2019/02/30/summit',
    'https://2019-06-26.example.com/summit',
    'https://example.com/summit?from=2019-06-26',
    'https://example.com/story/20190626123',
    'https://example.com/id/120190626/story',
    'https://example.com/2019/jun/summit',
    'https://example.com/a/20191340-story',
  ])('no day in the URL path: %s', (url) => expect(dateFromUrl(url)).toBeNull());

  it.each([
    'The talks, June 26, 2019 – were long and hard.',
    'On June 26, 2019 - the summit opened in Geneva.',
    'Talks ended on June 26, 2019 - and resumed in July.',
  ])('no wire dateline: %s', (text) => expect(readText(text, 'n.txt').articles[0]!.dateSource).toBe('none'));

  it('an impossible header date is left in the text', () => {
    const a = readText('date 2019-02-30 Officials met on Monday.', 'h.txt').articles[0]!;
    expect(a.dateSource).toBe('none');
    expect(a.text).toBe('date 2019-02-30 Officials met on Monday.');
  });

  it('a header that is not at the very start is not a header', () => {
    const a = readText('Officials met on Monday.\n\ndate 2019-06-26 was set for the next round.', 'h2.txt').articles[0]!;
    expect(a.dateSource).toBe('none');
  });

  it('unparseable publishedAt falls back to the URL, then to none', () => {
    const { articles } = readJsonl(
      '{"text":"Officials met.","publishedAt":"soon","url":"https://example.com/2019/06/26/a"}\n{"text":"Envoys met.","publishedAt":"soon"}',
      'p.jsonl',
    );
    expect(articles.map((a) => [a.dateSource, a.publishedAt?.value ?? null])).toEqual([
      ['url', '2019-06-26'],
      ['none', null],
    ]);
  });

  it.each([
    ['a first line ending in a period', 'Officials met in Geneva.\n\nNo deal was reached.'],
    ['a lower-case first line', 'officials met in geneva\n\nNo deal was reached.'],
    ['a single line', 'Officials met in Geneva'],
    ['a one-word first line', 'GENEVA\n\nOfficials met on Monday.'],
    ['a first sentence ending in a quotation set off by spaces', 'The minister called the vote a " temporary setback. "\nTalks resume on Monday.'],
    ['a first line of more than twenty words', 'The ministry said today it will look again at whether the remains buried in the old war cemetery near the river are known?\nTalks resume on Monday.'],
  ])('no title from %s', (_why, text) => {
    expect(readText(text, 't.txt').articles[0]!.title).toBeUndefined();
  });

  it.each([
    ['a headline ending in an initialism before a spaced quote', 'Talks resume in the U.S. "\nEnvoys met on Monday.', 'Talks resume in the U.S. "'],
    ['a headline of twenty words', 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty\nEnvoys met on Monday.', 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'],
    ['a question as a headline', 'Will the talks resume?\nEnvoys met on Monday.', 'Will the talks resume?'],
  ])('a title still from %s', (_why, text, title) => {
    expect(readText(text, 't.txt').articles[0]!.title).toBe(title);
  });
});
