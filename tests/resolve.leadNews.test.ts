// Dating an undated page by its lead's news (src/resolve/leadNews.ts): a report in the headline or
// first paragraph that matches an event dated pages pin to one day puts the page on that day or the
// two after ("a day after" it: a day later); a lead that looks back at the event ("since",
// "anniversary", "a year after"), a report told as to come, one past the first paragraph, and one
// dated events of two days may be, date nothing. Texts written for this test; 2031-01-24 is a Friday.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import type { EventFact } from '../src/model/index.js';
import { inferPublication } from '../src/resolve/dateArticles.js';
import { leadNewsBounds } from '../src/resolve/leadNews.js';
import { leadEnd } from '../src/extract/leadEnd.js';
import { graphOf } from './support/graphOf.js';

const article = (id: string, text: string) => ({ id: `article:${id}`, source: `${id}.txt`, text, publishedAt: null, dateSource: 'none' as const });
const datedOn = (day: string, text: string): EventFact[] =>
  extractArticle(article(`d-${day}`, text), day).events.map((e) => ({ ...e, sources: ['article:d1', 'article:d2'] }));
const boundsOf = (text: string, dated: EventFact[]) => leadNewsBounds(extractArticle(article('u', text), undefined), dated);

const summit = datedOn('2031-01-24', 'Angela Merkel and Emmanuel Macron met in Geneva on Friday and signed a friendship treaty.');
const FILLER = 'Officials from both governments described the talks as frank and useful, and aides said further rounds would follow in the spring.';

describe('lead news: where the lead ends', () => {
  it('after the first paragraph of twenty words or more; the headline and chrome before it are in', () => {
    const text = `Menu\n\nLeaders meet in Geneva\n\n${FILLER}\n\nMore text.`;
    expect(leadEnd(text, 1)).toBe(text.indexOf('\n\nMore'));
  });
  it('negative: a text of short lines has no lead', () => {
    expect(leadEnd('Menu\nLeaders meet\nShare this', 1)).toBe(0);
  });
});

describe('lead news: a page dated by the dated event its lead reports', () => {
  it('the dated event was found in the extraction (precondition of the cases below)', () => {
    expect(summit.some((e) => e.when?.earliest === '2031-01-24' && e.when.latest === '2031-01-24')).toBe(true);
  });

  it('a headline in the present ("meet in Geneva"): that day or the two after', () => {
    expect(boundsOf(`Angela Merkel and Emmanuel Macron meet in Geneva\n\n${FILLER}`, summit)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('a first sentence in the present perfect, with the headline elsewhere', () => {
    const text = `World news\n\nAngela Merkel and Emmanuel Macron have met in Geneva to sign a friendship treaty, officials from both governments said in a statement released to reporters.`;
    expect(boundsOf(text, summit)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('"a day after" the event: the page is written a day later', () => {
    const text = `Treaty reactions\n\nA day after Angela Merkel and Emmanuel Macron met in Geneva, lawmakers in both countries praised the treaty they signed and asked for a debate.`;
    expect(boundsOf(text, summit)).toMatchObject({ earliest: '2031-01-25', latest: '2031-01-27' });
  });

  it('negative: a lead that looks back ("a year after", "since", "anniversary")', () => {
    expect(boundsOf(`Treaty, a year on\n\nA year after Angela Merkel and Emmanuel Macron met in Geneva, the treaty they signed has changed little in the border towns.`, summit)).toBeNull();
    expect(boundsOf(`Border towns wait\n\nLittle has changed in the border towns since Angela Merkel and Emmanuel Macron met in Geneva and signed their friendship treaty there.`, summit)).toBeNull();
    expect(boundsOf(`Geneva anniversary\n\nOn the anniversary of the day Angela Merkel and Emmanuel Macron met in Geneva, mayors of the border towns gathered to mark the treaty.`, summit)).toBeNull();
  });

  it('negative: the report is told as to come (a plan), not as news', () => {
    expect(boundsOf(`Merkel and Macron to meet\n\nAngela Merkel and Emmanuel Macron will meet in Geneva to sign a friendship treaty, officials from both governments said in a statement released to reporters.`, summit)).toBeNull();
  });

  it('negative: a report past the first paragraph is background, not the lead', () => {
    const text = `Border trade grows\n\n${FILLER}\n\nAngela Merkel and Emmanuel Macron met in Geneva and signed a friendship treaty.`;
    expect(boundsOf(text, summit)).toBeNull();
  });

  it('negative: dated events of two days the report may be date nothing', () => {
    const again = datedOn('2031-03-07', 'Angela Merkel and Emmanuel Macron met in Geneva on Friday to review the treaty.');
    expect(boundsOf(`Angela Merkel and Emmanuel Macron meet in Geneva\n\n${FILLER}`, [...summit, ...again])).toBeNull();
  });

  it('negative: a lead that tells its event by a weekday other than the dated event\'s own (met on Saturday; the event is dated to a Friday)', () => {
    const text = `World news\n\nAngela Merkel and Emmanuel Macron met in Geneva on Saturday to sign a friendship treaty, officials from both governments said in a statement.`;
    expect(boundsOf(text, summit)).toBeNull();
    // Told by its own day (Friday), the event dates the page.
    expect(boundsOf(text.replace('Saturday', 'Friday'), summit)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('negative: a lead whose past weekday cannot be the news day of that event (Monday: no Monday in 2031-01-22..26)', () => {
    const text = `World news\n\nAngela Merkel and Emmanuel Macron have met in Geneva to sign a friendship treaty, officials from both governments said on Monday in a statement.`;
    expect(boundsOf(text, summit)).toBeNull();
    // Saturday is: the rule holds.
    expect(boundsOf(text.replace('Monday', 'Saturday'), summit)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('negative: a dateline month and day without a year outside the window', () => {
    const x = extractArticle(article('u', `Angela Merkel and Emmanuel Macron meet in Geneva\n\n${FILLER}`), undefined);
    const at = (value: string) => ({ ...x, article: { ...x.article, publishedAt: { text: 'Geneva', earliest: null, latest: null, granularity: 'day' as const, value } } });
    expect(leadNewsBounds(at('XXXX-03-02'), summit)).toBeNull();
    expect(leadNewsBounds(at('XXXX-01-25'), summit)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('negative: parties alone, told by no day, need two dated articles (one suffices only for a day told: relativeDays mayBeToldByDay)', () => {
    const unplaced = datedOn('2031-01-24', 'Angela Merkel and Emmanuel Macron met on Friday and signed a friendship treaty.');
    const text = `World news\n\nAngela Merkel and Emmanuel Macron have met to sign a friendship treaty, officials from both governments said in a statement released to reporters.`;
    expect(boundsOf(text, unplaced)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
    expect(boundsOf(text, unplaced.map((e) => ({ ...e, sources: ['article:d1'] })))).toBeNull();
  });

  it('negative: another place is another event', () => {
    expect(boundsOf(`Angela Merkel and Emmanuel Macron meet in Brussels\n\n${FILLER}`, summit)).toBeNull();
  });
});

describe('lead news in the page\'s whole dating (inferPublication)', () => {
  const dateOf = (text: string, dated: EventFact[]) => inferPublication(extractArticle(article('u', text), undefined), [], dated);
  const obamaSummit = datedOn('2031-01-24', 'Barack Obama and Emmanuel Macron met in Geneva on Friday and signed a friendship treaty.');

  it('a lead matching the event is dated by it when nothing else bounds the page (control for the case below)', () => {
    expect(dateOf(`Obama and Macron meet in Geneva\n\nBarack Obama and Emmanuel Macron have met in Geneva to sign a friendship treaty, officials from both governments said in a statement.`, obamaSummit)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('negative: no lead window outside the term of an office holder the page names by title ("President Barack Obama", 2009-2017)', () => {
    // The report still floors the page (written after the event it tells); the lead's news gives it no ceiling.
    expect(dateOf(`Obama and Macron meet in Geneva\n\nPresident Barack Obama and Emmanuel Macron have met in Geneva to sign a friendship treaty, officials from both governments said in a statement.`, obamaSummit)).toMatchObject({ earliest: '2031-01-24', latest: null });
  });

  it('a date the page tells as past two days before the event matched lowers the floor to it (the event may be a later one of its kind)', () => {
    const text = `Merkel and Macron meet in Geneva\n\nAngela Merkel and Emmanuel Macron have met in Geneva to sign a friendship treaty, officials said on January 22 in a statement.`;
    expect(dateOf(text, summit)).toMatchObject({ earliest: '2031-01-22', latest: '2031-01-26' });
  });

  it('negative: a date the page tells as past a week before the event matched leaves the floor on its day', () => {
    const text = `Merkel and Macron meet in Geneva\n\nAngela Merkel and Emmanuel Macron have met in Geneva to sign a friendship treaty, the treaty they first drafted on January 17 in Lyon.`;
    expect(dateOf(text, summit)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });
});

describe('lead news: ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-leadnews-'));
  const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
  const dated = write('dated.txt', 'date 2031-01-24 Treaty signed\n\nAngela Merkel and Emmanuel Macron met in Geneva on Friday and signed a friendship treaty.');
  const undated = write('undated.txt', `Angela Merkel and Emmanuel Macron meet in Geneva\n\n${FILLER}`);
  const graphAfter = async (batches: string[][]) => {
    const store = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-leadnews-store-')));
    for (const b of batches) await ingest(b, store, { workers: 0 });
    const page = (await store.articles({ first: 10, offset: 0 })).items.find((a) => a.source === undated);
    return { page: page?.publishedAt ? [page.publishedAt.earliest, page.publishedAt.latest] : null, graph: await graphOf(store) };
  };

  it('the undated page is dated by its lead, whichever comes first; the graph is the same', async () => {
    const together = await graphAfter([[dated, undated]]);
    expect(together.page).toEqual(['2031-01-24', '2031-01-26']);
    expect(await graphAfter([[undated], [dated]])).toEqual(together);
  });
});
