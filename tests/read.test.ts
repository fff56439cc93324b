// The read stage: sources -> Article (dates, title, byline, page chrome, HTML, JSONL, ids).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { articleId } from '../src/read/articleId.js';
import { CHROME_RULES } from '../src/read/chromeRules.js';
import { dateFromUrl } from '../src/read/dateFromUrl.js';
import { parseByline } from '../src/read/parseByline.js';
import { parseDateline } from '../src/read/parseDateline.js';
import { readHtml } from '../src/read/readHtml.js';
import { readJsonl } from '../src/read/readJsonl.js';
import { readSources } from '../src/read/readSources.js';
import { readText } from '../src/read/readText.js';
import { stripBoilerplate } from '../src/read/stripBoilerplate.js';

const here = dirname(fileURLToPath(import.meta.url));
const good = join(here, 'fixtures', 'read', 'good');
const examples = join(here, '..', 'examples', 'articles');

function day(text: string, iso: string) {
  return { text, earliest: iso, latest: iso, granularity: 'day', value: iso };
}

function one(result: { articles: Article[]; skipped: unknown[] }): Article {
  expect(result.skipped).toEqual([]);
  expect(result.articles).toHaveLength(1);
  return result.articles[0]!;
}

function ruleFor(line: string): string | undefined {
  return CHROME_RULES.find((r) => r.test(line))?.name;
}

describe('readSources over the good fixtures', () => {
  it('reads every supported kind, sorted, and reports progress', async () => {
    const progress: [number, number, string][] = [];
    const { articles, skipped } = await readSources([good], { onProgress: (d, t, s) => progress.push([d, t, s]) });
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.source)).toEqual([
      join(good, 'dateline.txt'),
      join(good, 'feed.jsonl#1'),
      join(good, 'feed.jsonl#2'),
      join(good, 'feed.jsonl#4'),
      join(good, 'header.txt'),
      join(good, 'page.html'),
      join(good, 'time.html'),
      join(good, 'wire.md'),
    ]);
    expect(progress.map(([d, t]) => [d, t])).toEqual([[1, 6], [2, 6], [3, 6], [4, 6], [5, 6], [6, 6]]);
    expect(progress[0]![2]).toBe(join(good, 'dateline.txt'));
    for (const a of articles) expect(a.id).toBe(articleId(a.text));
  });

  it('is deterministic: same input, same articles', async () => {
    const a = await readSources([good]);
    const b = await readSources([good]);
    expect(b).toEqual(a);
  });
});

describe('plain text', () => {
  const header = () => one(readText(readFileSync(join(good, 'header.txt'), 'utf8'), 'header.txt'));

  it('takes a `date YYYY-MM-DD` header on the first sentence line and strips it', () => {
    const a = header();
    expect(a.publishedAt).toEqual(day('date 2020-02-14', '2020-02-14'));
    expect(a.dateSource).toBe('header');
    expect(a.text.startsWith('MUNICH (AP) — The foreign ministers of Japan')).toBe(true);
    expect(a.title).toBeUndefined(); // the first line is a sentence, not a headline
  });

  it('removes share, teaser and newsletter lines and collapses blank runs', () => {
    const a = header();
    expect(a.text).not.toMatch(/Share this article|Related:|Recommended:|Sign up/);
    expect(a.text).not.toMatch(/\n\n\n/);
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.text).toContain('“We confirmed that dialogue must continue,”'); // curly quotes untouched
  });

  it('takes a dateline, title (dropping its duplicate) and capitalised byline; normalises CRLF and NBSP', () => {
    const raw = readFileSync(join(good, 'dateline.txt'), 'utf8');
    const a = one(readText(raw, 'dateline.txt'));
    expect(a.publishedAt).toEqual(day('Feb 14, 2020 10:31 AM', '2020-02-14'));
    expect(a.dateSource).toBe('dateline');
    expect(a.title).toBe('Japan, South Korea agree to keep talking on trade');
    expect(a.author).toBe('Jane Roe');
    expect(a.text).toBe(
      'MUNICH (AP) — Japan and South Korea agreed on Friday to keep talking about a trade dispute, their foreign ministers said after meeting in Munich.\n\n' +
        'The ministers said working-level talks would follow in Seoul.',
    );
  });

  it('keeps a title-less article whole and takes a date header on its own line', () => {
    const a = one(readText('date: 2021-05-04\nOfficials met in Geneva on Monday.\n\nNo deal was reached.', 'g.txt'));
    expect(a.publishedAt?.value).toBe('2021-05-04');
    expect(a.dateSource).toBe('header');
    expect(a.text).toBe('Officials met in Geneva on Monday.\n\nNo deal was reached.');
    expect(one(readText('Date:2021-05-04 Officials met.', 'c.txt')).publishedAt?.value).toBe('2021-05-04');
  });

  it('has no date and no title when nothing says so', () => {
    const a = one(readText('officials met in Geneva on Monday.\n\nNo deal was reached.', 'n.txt'));
    expect(a.publishedAt).toBeNull();
    expect(a.dateSource).toBe('none');
    expect(a.title).toBeUndefined();
  });
});

describe('datelines', () => {
  it.each([
    ['26 Jun, 2019 10:31', '26 Jun, 2019 10:31'],
    ['June 26, 2019', 'June 26, 2019'],
    ['2019-06-26 10:31', '2019-06-26 10:31'],
    ['Jun 26, 2019 10:31 AM', 'Jun 26, 2019 10:31 AM'],
    ['Published: Wednesday, June 26, 2019 10:31 AM EDT', 'Wednesday, June 26, 2019 10:31 AM EDT'],
    ['Updated 10:31 AM EDT, Wed June 26, 2019', '10:31 AM EDT, Wed June 26, 2019'],
    ['26 June 2019 | 10:31 GMT', '26 June 2019'],
    ['Ana Lima | June 26, 2019', 'June 26, 2019'],
    ['example.com | 26-Jun-2019 06:28 PM', '26-Jun-2019 06:28 PM'],
    ['By Ana Lima June 26, 2019', 'June 26, 2019'],
    ['This story is from June 26, 2019', 'June 26, 2019'],
    ['June 26, 2019Updated: June 27, 2019', 'June 26, 2019'],
    ['Ana LimaUpdated: Wednesday Jun 26, 2019', 'Wednesday Jun 26, 2019'],
    ['FOR IMMEDIATE RELEASE | Wednesday, June 26, 2019 | Media Contact: press@example.org', 'Wednesday, June 26, 2019'],
  ])('%s', (line, text) => {
    expect(parseDateline(line)).toEqual(day(text, '2019-06-26'));
  });

  it('keeps the byline that shares the dateline\'s line as the author', () => {
    const a = one(readText('Talks to resume in July\nAna Lima | June 26, 2019\n\nTalks will resume in July, officials said.', 'd.txt'));
    expect(a).toMatchObject({ author: 'Ana Lima', dateSource: 'dateline', text: 'Talks will resume in July, officials said.' });
    expect(a.publishedAt?.value).toBe('2019-06-26');
  });

  it('a wire dateline with its year dates the article ahead of the URL; without one it is partial', () => {
    const full = one(readText('June 26, 2019 (EIRNS)—Talks will resume in July, officials said.', 'w.txt'));
    expect(full).toMatchObject({ dateSource: 'dateline', publishedAt: { value: '2019-06-26', earliest: '2019-06-26' } });
    const later = one(readText('A caption of the photo.\n\nNewsDesk, Geneva, 26 June 2019 (With agencies) — Talks will resume in July.', 'w.txt'));
    expect(later.publishedAt?.value).toBe('2019-06-26');
    const placed = one(readText('June 26, 2019, Geneva, Switzerland – Talks will resume in July, officials said.', 'w.txt'));
    expect(placed.publishedAt?.value).toBe('2019-06-26');
    const partial = one(readText('GENEVA, June 26 (Reuters) - Talks will resume in July, officials said.', 'w.txt'));
    expect(partial.publishedAt).toMatchObject({ value: 'XXXX-06-26', earliest: null });
  });

  it('a month-only header dates the article to that month', () => {
    const a = one(readText('date 2019-03 Officials met on Monday.', 'h.txt'));
    expect(a).toMatchObject({ dateSource: 'header', publishedAt: { value: '2019-03', earliest: '2019-03-01', latest: '2019-03-31', granularity: 'month' } });
  });

  it('a header date before the day the text prints as its date line is stale: the date line dates the article', () => {
    const a = one(readText('date 2031-01-09 Harbour Wire\n14 March 2031\n\nPorts reopen\n\nThe two ports reopened today, officials said.', 'stale.txt'));
    expect(a).toMatchObject({ dateSource: 'dateline', publishedAt: { value: '2031-03-14' } });
  });

  it('negative: a header after the printed date line, or before a date line that dates an update, stays the date', () => {
    const later = one(readText('date 2031-03-20 Harbour Wire\n14 March 2031\n\nPorts reopen\n\nThe two ports reopened today, officials said.', 'later.txt'));
    expect(later).toMatchObject({ dateSource: 'header', publishedAt: { value: '2031-03-20' } });
    const updated = one(readText('date 2031-03-12 Harbour Wire\nUpdated 14 March 2031\n\nPorts reopen\n\nThe two ports reopened, officials said.', 'upd.txt'));
    expect(updated).toMatchObject({ dateSource: 'header', publishedAt: { value: '2031-03-12' } });
  });

  it('a labelled date line after the lead ("Updated December 7, 2021 at 3:55 PM ET") dates the article and leaves the text', () => {
    const lead = 'Ana Lima held a long video call with Ben Dale on Tuesday, at a tense time in the relations of their two countries over troops massed along the border they share, officials said.';
    const a = one(readText(`Lima and Dale speak\n${lead}\nUpdated December 7, 2021 at 3:55 PM ET\nLima also restated her support.`, 'u.txt'));
    expect(a).toMatchObject({ dateSource: 'dateline', publishedAt: { value: '2021-12-07' } });
    expect(a.text).not.toContain('Updated');
  });

  it('negative: a sentence that opens with a label word and holds a date is body text, not a date line', () => {
    const lead = 'Ana Lima held a long video call with Ben Dale on Tuesday, at a tense time in the relations of their two countries over troops massed along the border they share, officials said.';
    const a = one(readText(`Lima and Dale speak\n${lead}\nPosted guards left the border post on May 3, 2019, the ministry said in a statement.`, 'p.txt'));
    expect(a.publishedAt).toBeNull();
    expect(a.text).toContain('Posted guards left');
  });

  it('removes the dateline line from the text, after a title and byline', () => {
    const a = one(readText('Talks to resume in July\nBy Ana Lima\nJune 26, 2019\n\nTalks will resume in July, officials said.', 'd.txt'));
    expect(a).toMatchObject({ title: 'Talks to resume in July', author: 'Ana Lima', dateSource: 'dateline' });
    expect(a.publishedAt?.value).toBe('2019-06-26');
    expect(a.text).toBe('Talks will resume in July, officials said.');
  });
});

describe('URL and metadata dates', () => {
  it('reads /YYYY/MM/DD/ and YYYY-MM-DD in a URL path', () => {
    expect(dateFromUrl('https://example.com/world/2019/06/26/summit-talks')).toEqual(day('2019/06/26', '2019-06-26'));
    expect(dateFromUrl('https://example.com/news/summit-2019-06-26-talks')).toEqual(day('2019-06-26', '2019-06-26'));
  });

  it('reads a month by name and eight digits standing alone in a segment', () => {
    expect(dateFromUrl('https://example.com/world/2019/jun/26/summit-talks')).toEqual(day('2019/jun/26', '2019-06-26'));
    expect(dateFromUrl('https://example.com/en/20190626-summit-talks')).toEqual(day('20190626', '2019-06-26'));
    expect(dateFromUrl('https://example.com/pr/2019/20190626_summit.html')).toEqual(day('20190626', '2019-06-26'));
  });

  it('JSONL: url date, publishedAt metadata (ahead of the url), title given or detected', () => {
    const { articles, skipped } = readJsonl(readFileSync(join(good, 'feed.jsonl'), 'utf8'), 'feed.jsonl');
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.source, a.dateSource, a.publishedAt?.value ?? null, a.title])).toEqual([
      ['feed.jsonl#1', 'url', '2019-02-12', 'Vietnam to host trade talks'],
      ['feed.jsonl#2', 'metadata', '2019-06-26', 'Vietnam to host ministers'],
      ['feed.jsonl#4', 'none', null, undefined],
    ]);
    expect(articles[0]!.url).toBe('https://news.example.com/world/2019/02/12/vietnam-to-host-trade-talks');
    expect(articles[1]!.text).toBe('BANGKOK - Ministers from ten countries will meet in Bangkok next week, the host government said.');
    expect(articles[2]!.text).toBe('GENEVA (AP) - Negotiators ended a third day of talks without a deal, diplomats said.');
  });

  it('markdown front matter gives metadata; heading marks, links and images are dropped', () => {
    const md = '---\ntitle: "Envoys meet"\ndate: 2019-06-26\n---\n# Envoys meet\n\nEnvoys met at the [border](https://x.example/b).\n\n![photo](https://x.example/p.jpg)\n\nThey will meet again.';
    const a = one(readText(md, 'm.md', { markdown: true }));
    expect(a).toMatchObject({ title: 'Envoys meet', dateSource: 'metadata', text: 'Envoys met at the border.\n\nThey will meet again.' });
  });

  it('markdown fixture: heading title, byline, dateline, teaser', () => {
    const a = one(readText(readFileSync(join(good, 'wire.md'), 'utf8'), 'wire.md', { markdown: true }));
    expect(a).toMatchObject({ title: 'Envoys set date for border talks', author: 'Ana Lima', dateSource: 'dateline' });
    expect(a.text).toBe(
      'SEOUL — Envoys from both Koreas will meet at the border village next week, the unification ministry said on Wednesday.\n\n' +
        'The meeting will be the first since the spring, a spokesman said.',
    );
  });
});

describe('HTML through readability', () => {
  it('drops nav, footer and share chrome; title, byline, meta date, canonical url', () => {
    const a = one(readHtml(readFileSync(join(good, 'page.html'), 'utf8'), 'page.html'));
    expect(a.title).toBe('Envoys agree to meet again');
    expect(a.author).toBe('Jane Roe');
    expect(a.url).toBe('https://wire.example.com/asia/2019/06/26/envoys-agree-to-meet-again');
    expect(a.publishedAt).toEqual(day('2019-06-27T08:15:00+09:00', '2019-06-27')); // meta wins over the url
    expect(a.dateSource).toBe('metadata');
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^SEOUL — Envoys from the two countries agreed on Thursday/);
    expect(paragraphs[1]).toBe(
      'The meeting, the first since February, will be held at a border village, a ministry spokesman told reporters. ' +
        'He gave no details about the agenda but said both sides had “narrowed their differences” on the timing of further rounds.',
    );
    expect(a.text).not.toMatch(/World|Business|Sport|Also read|Share|Tweet|©|About us/);
  });

  it('uses <time datetime> when there is no meta date', () => {
    const a = one(readHtml(readFileSync(join(good, 'time.html'), 'utf8'), 'time.html'));
    expect(a).toMatchObject({ title: 'Ministers pledge to cut tariffs', dateSource: 'metadata' });
    expect(a.publishedAt?.value).toBe('2018-11-02');
    expect(a.text.startsWith('BANGKOK — Trade ministers')).toBe(true);
    expect(a.text).not.toMatch(/Home|Copyright/);
  });
});

describe('bylines', () => {
  it.each([
    ['By Emily Stewart', 'Emily Stewart'],
    ['Author: Emily Stewart', 'Emily Stewart'],
    ['By EMILY STEWART, Associated Press', 'Emily Stewart'],
    ['By Ana Lima and Jon Park | Reuters', 'Ana Lima and Jon Park'],
    ['Reporting by Hyonhee Shin; Editing by Jon Park', 'Hyonhee Shin'],
    ["By SEAN O'BRIEN", "Sean O'Brien"],
  ])('%s', (line, name) => {
    expect(parseByline(line)).toBe(name);
  });

  it('removes the byline line from the text, wherever it is', () => {
    const a = one(readText('Officials met on Monday.\n\nNo deal was reached.\n\nAuthor: Jon Park\n\nRead More', 'b.txt'));
    expect(a.author).toBe('Jon Park');
    expect(a.text).toBe('Officials met on Monday.\n\nNo deal was reached.');
  });
});

describe('page chrome rules', () => {
  it('icon rows', () => {
    expect(ruleFor('icon bookmark-icon cameraicon chevron downicon chevron upicon closeicon fbicon twicon mailicon')).toBe('icon-row');
    expect(ruleFor('Share Tweet Email')).toBe('icon-row');
    expect(ruleFor('fb tw vk')).toBe('icon-row');
  });

  it.each(['Read More', 'Follow by Email', 'Sign up', 'Advertisement', 'Continue reading »', 'Next article ›'])(
    'button or label: %s',
    (line) => expect(ruleFor(line)).toBe('chrome-phrase'),
  );

  it.each(['RSS', 'Share', 'Tweet', 'Subscribe', 'Comments', 'Share | Tweet | Email'])(
    'single UI words are caught (as an icon row or a label): %s',
    (line) => expect(stripBoilerplate([line, '', 'Body.'])).toEqual(['Body.']),
  );

  it.each([
    'Please enter your comment!',
    'Please enter your name here',
    'Like this story? Share it with a friend!',
    'Enjoyed this article? Tell your friends and subscribe.',
    'Sign up for our free newsletter',
    'Follow us on Twitter',
    '12 Comments',
    'Click here to read the full report',
    '© 2021 Example Wire',
    'Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  ])('call to action or footer: %s', (line) => expect(ruleFor(line)).toBe('call-to-action'));

  it.each([
    'Also read: Kim receives letter from Trump',
    'READ MORE: Five things to know about the talks',
    'Related: Tokyo eases export curbs',
    'Recommended: What the dispute means for chipmakers',
    'Also on example.com Chipmakers brace for a long dispute',
    'Also on Example News: Talks stall again',
    'Don’t miss: The view from the border',
    'More from Example Wire — Envoys meet again',
  ])('teaser: %s', (line) => expect(ruleFor(line)).toBe('teaser'));

  it('drops a standfirst printed twice, keeps the first, collapses blank lines', () => {
    const lines = ['Talks resume', '', 'A new round opens in Geneva', '', '', '', 'A new round opens in Geneva', '', 'Body text.', '', '', ''];
    expect(stripBoilerplate(lines)).toEqual(['Talks resume', '', 'A new round opens in Geneva', '', 'Body text.']);
  });

  it('takes the rule list as data', () => {
    expect(stripBoilerplate(['Share', 'Body.'], [])).toEqual(['Share', 'Body.']);
  });
});

describe('ids and normalisation', () => {
  it('id is article: + 16 hex of the sha256 of the cleaned text', () => {
    expect(articleId('Officials met.')).toMatch(/^article:[0-9a-f]{16}$/);
    expect(articleId('Officials met.')).toBe(articleId('Officials met.'));
    expect(articleId('Officials met.')).not.toBe(articleId('Officials met!'));
    const a = one(readText('Officials met.\r\n\r\nNo\u00a0deal.\r\n', 'x.txt'));
    expect(a.text).toBe('Officials met.\n\nNo deal.');
    expect(a.id).toBe(articleId('Officials met.\n\nNo deal.'));
  });
});

describe('the sample articles (examples/articles)', async () => {
  const seeds = readdirSync(examples).filter((f) => /^00\d_/.test(f)).map((f) => join(examples, f));
  const { articles, skipped } = await readSources(seeds);
  const byPrefix = (p: string) => articles.find((a) => a.source.includes(`${p}_`))!;

  it('reads all five', () => {
    expect(skipped).toEqual([]);
    expect(articles).toHaveLength(5);
  });

  it('000 and 001: header dates, stripped from the first line', () => {
    expect(byPrefix('000')).toMatchObject({ dateSource: 'header', publishedAt: day('date 2019-03-29', '2019-03-29') });
    expect(byPrefix('000').text.startsWith('South Korean leader Moon Jae-in')).toBe(true);
    expect(byPrefix('001')).toMatchObject({ dateSource: 'header', publishedAt: day('date 2019-06-26', '2019-06-26') });
    expect(byPrefix('001').text.startsWith('North Korean and US officials')).toBe(true);
    expect(byPrefix('000').title).toBeUndefined();
  });

  it('002: dateline, title once, icon row and teasers gone', () => {
    const a = byPrefix('002');
    expect(a).toMatchObject({ dateSource: 'dateline', publishedAt: day('26 Jun, 2019 10:31', '2019-06-26') });
    expect(a.title).toBe('US & North Korea in talks to arrange 3rd Trump-Kim summit, Moon says');
    expect(a.text).not.toContain(a.title!);
    expect(a.text.startsWith('US and North Korean officials are holding')).toBe(true);
    expect(a.text).not.toMatch(/icon|Also on rt\.com|READ MORE|Like this story/);
    expect(a.text.endsWith('“That’s very important to me,” Trump said.')).toBe(true);
  });

  it('003: no date, title, teaser and comment form gone, standfirst kept', () => {
    const a = byPrefix('003');
    expect(a).toMatchObject({ dateSource: 'none', publishedAt: null });
    expect(a.title).toBe('US, North Korean officials in contact to arrange third Trump-Kim summit: S Korean Moon');
    expect(a.text.startsWith('increasing differences between US and North Korea\n\n')).toBe(true);
    expect(a.text).not.toMatch(/Also read|Please enter/);
  });

  it('004: no date, title once, author, footer links gone', () => {
    const a = byPrefix('004');
    expect(a).toMatchObject({ dateSource: 'none', publishedAt: null, author: 'Emily Stewart' });
    expect(a.title).toBe('Another US-North Korea summit is coming, South Korea says');
    expect(a.text.startsWith('The announcement comes after')).toBe(true);
    expect(a.text).not.toMatch(/Author:|Read More|RSS|Follow by Email/);
    expect(a.text.endsWith('over the denuclearization letters they’d been exchanging.')).toBe(true);
  });
});

describe('wire-service footers', () => {
  it('drops credit lines, standards links, "published N hours ago", hashtag rows and emphasised teasers', () => {
    const lines = [
      'The talks ended on Friday.',
      '(Reporting by Ann Example in Seoul; Editing by Bo Sample)',
      'Our Standards: The Example Trust Principles.',
      'AFP Published 3 hours ago',
      '#NorthKorea #Diplomacy',
      '*Also read:* Leaders meet again',
      'Reporting on the summit continued into the night.',
    ];
    expect(stripBoilerplate(lines)).toEqual(['The talks ended on Friday.', 'Reporting on the summit continued into the night.']);
  });
});

describe('wire datelines without a year', () => {
  it('keep month and day as a partial date for resolve to complete, and leave the text alone', () => {
    const a = one(readText('SEOUL, Oct. 7 (Yonhap) -- Pompeo met Kim in Pyongyang on Sunday.\n', 'y.txt'));
    expect(a.dateSource).toBe('dateline');
    expect(a.publishedAt).toMatchObject({ value: 'XXXX-10-07', earliest: null, latest: null });
    expect(a.text.startsWith('SEOUL, Oct. 7 (Yonhap) --')).toBe(true);
  });

  it.each([
    ['NEW DELHI, Feb 17 (PTI) - Officials met on Saturday.', 'XXXX-02-17'],
    ['Harbourtown, February 14 (The Daily Port): At least 30 ships were held on Thursday.', 'XXXX-02-14'],
    ['Feb. 17 (Reuters) - Officials met on Saturday.', 'XXXX-02-17'],
    ['Port board meets\n\nThe board met in the capital.\n\nMOSCOW, February 6. /TASS/. The board is continuing its talks.', 'XXXX-02-06'],
  ])('an agency marks a year-less dateline: %s', (text, value) => {
    expect(one(readText(`${text}\n`, 'a.txt')).publishedAt).toMatchObject({ value, earliest: null });
  });

  it('negative: a month and day in prose, with brackets but no agency mark after them, is no dateline', () => {
    expect(one(readText('Harbourtown, February 14 (a Thursday), was calm.\n', 'p.txt')).publishedAt).toBeNull();
    expect(one(readText('The board met on February 6. Its chair spoke.\n', 'p.txt')).publishedAt).toBeNull();
    expect(one(readText('The strike began in Harbourtown on Feb. 17 (Reuters reported) - and spread.\n', 'p.txt')).publishedAt).toBeNull();
  });

  it('a full date elsewhere wins, and prose that only looks similar is no dateline', () => {
    expect(one(readText('date 2018-10-07 SEOUL, Oct. 7 (Yonhap) -- Talks.\n', 'h.txt')).publishedAt?.value).toBe('2018-10-07');
    expect(one(readText('Officials in Seoul, on Oct. 7 (a Sunday), met again.\n', 'p.txt')).publishedAt).toBeNull();
  });
});
