// Dating undated articles by relative days (src/resolve/relativeDays.ts): a report told "on
// Tuesday" or "yesterday" of an event dated articles date bounds the day of writing; a weekday that
// is not the event's, parties alone told by one dated article, or events of two days date nothing;
// and the order articles come in does not matter. 2019-01-22 was a Tuesday.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import type { GraphStore } from '../src/store/graphStore.js';
import { openMemoryStore } from '../src/store/memory/memoryStore.js';
import { DEFAULT_PIPELINE, extractArticle, type Pipeline } from '../src/extract/pipeline.js';
import { lowerBound } from '../src/resolve/ownDays.js';
import { PROBE_DAY } from '../src/resolve/probeReading.js';
import { relativeDayBounds, writingDays } from '../src/resolve/relativeDays.js';
import { graphOf } from './support/graphOf.js';

describe('relative days: the day of writing a relative day allows', () => {
  it('a past weekday: the event day and the six after it, when the event fell on that weekday', () => {
    expect(writingDays('Tuesday', 'OCCURRED', '2019-01-22')).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
    expect(writingDays('on Tuesday', 'OCCURRED', '2019-01-22')).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
    expect(writingDays('Tuesday afternoon', 'OCCURRED', '2019-01-22')).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
  });

  it('a coming weekday: the six days before the event and its day', () => {
    expect(writingDays('Tuesday', 'PLANNED', '2019-01-22')).toEqual({ earliest: '2019-01-16', latest: '2019-01-22' });
  });

  it('deictic days, with a day of slack for the dated event: yesterday, today, tomorrow', () => {
    expect(writingDays('yesterday', 'OCCURRED', '2019-01-22')).toEqual({ earliest: '2019-01-22', latest: '2019-01-24' });
    expect(writingDays('last night', 'OCCURRED', '2019-01-22')).toEqual({ earliest: '2019-01-22', latest: '2019-01-24' });
    expect(writingDays('earlier today', 'OCCURRED', '2019-01-22')).toEqual({ earliest: '2019-01-21', latest: '2019-01-23' });
    expect(writingDays('tomorrow', 'PLANNED', '2019-01-22')).toEqual({ earliest: '2019-01-20', latest: '2019-01-22' });
  });

  it('negative: a weekday the event did not fall on, a date with a month or a number, a span of days', () => {
    expect(writingDays('Monday', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('Tuesday, Jan. 22', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('Tuesday 22', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('last week', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('January 22', 'OCCURRED', '2019-01-22')).toBeNull();
  });
});

describe('relative days: undated articles dated by the events they tell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-relative-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const dated = write('dated.txt', 'date 2019-01-22 Treaty signed\n\nAngela Merkel and Emmanuel Macron met in Aachen on Tuesday and signed a friendship treaty.');
  const datedToo = write('dated2.txt', 'date 2019-01-23 Treaty of Aachen\n\nGerman Chancellor Angela Merkel and French President Emmanuel Macron met on Tuesday to sign the treaty.');

  async function datesOf(batches: string[][]): Promise<Map<string, { earliest: string | null; latest: string | null } | null>> {
    const store: GraphStore = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-relative-store-')));
    for (const b of batches) await ingest(b, store, { workers: 0 });
    const articles = (await store.articles({ first: 50, offset: 0 })).items;
    return new Map(articles.map((a) => [a.source, a.publishedAt ? { earliest: a.publishedAt.earliest, latest: a.publishedAt.latest } : null]));
  }

  it('"met in Aachen on Tuesday" of an event dated to a Tuesday: written that day or within the six after', async () => {
    const undated = write('undated.txt', 'Leaders meet\n\nAngela Merkel and Emmanuel Macron met in Aachen on Tuesday, officials said.');
    const dates = await datesOf([[dated, undated]]);
    expect(dates.get(undated)).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
  });

  it('"yesterday" gives the day after the event (a day of slack either side)', async () => {
    const undated = write('yesterday.txt', 'Leaders meet\n\nAngela Merkel and Emmanuel Macron met yesterday, officials said.');
    const dates = await datesOf([[dated, datedToo, undated]]);
    expect(dates.get(undated)).toEqual({ earliest: '2019-01-22', latest: '2019-01-24' });
  });

  it('negative: "on Monday" is not the Tuesday event: no week, only the year after the event that the report as past gives', async () => {
    const undated = write('monday.txt', 'Leaders meet\n\nAngela Merkel and Emmanuel Macron met in Aachen on Monday, officials said.');
    const dates = await datesOf([[dated, undated]]);
    expect(dates.get(undated)).toEqual({ earliest: '2019-01-22', latest: '2020-01-22' });
  });

  it('negative: parties alone (no place) and one dated article date nothing; two dated articles that give the day do', async () => {
    const undated = write('parties.txt', 'Leaders meet\n\nAngela Merkel and Emmanuel Macron met on Tuesday, officials said.');
    expect((await datesOf([[dated, undated]])).get(undated)).toBeNull();
    expect((await datesOf([[dated, datedToo, undated]])).get(undated)).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
  });

  it('the undated article first, then the dated ones (one by one, reversed) give the graph of all at once', async () => {
    const undated = write('order.txt', 'Leaders meet\n\nAngela Merkel and Emmanuel Macron met on Tuesday, officials said.');
    const graphAfter = async (batches: string[][]) => {
      const store: GraphStore = await openMemoryStore(mkdtempSync(join(tmpdir(), 'ng-relative-order-')));
      for (const b of batches) await ingest(b, store, { workers: 0 });
      return graphOf(store);
    };
    const together = await graphAfter([[dated, datedToo, undated]]);
    expect(JSON.stringify(together)).toContain('2019-01-28');
    expect(await graphAfter([[undated], [datedToo], [dated]])).toEqual(together);
    expect(await graphAfter([[dated], [undated], [datedToo]])).toEqual(together);
  });
});

describe('named dates as a lower bound (ownDays lowerBound)', () => {
  const read = (text: string) => extractArticle({ id: 'article:t', source: 't.txt', text, publishedAt: null, dateSource: 'none' }, '2022-08-03').mentions.times;
  it('a named month over before the upper bound raises the lower one', () => {
    expect(lowerBound(read('Nancy Pelosi visited Taiwan in July.'), '2022-08-03')).toBe('2022-07-01');
  });
  it('negative: a named month still running at the upper bound may be to come, and bounds nothing', () => {
    expect(lowerBound(read('China demands that Nancy Pelosi not visit Taiwan in August.'), '2022-08-03')).toBeNull();
  });
});

describe('relative days: the probe reading costs one extraction per article text', () => {
  it('the same article met again (a new object, as a stored article read back is) is not extracted again', () => {
    let probes = 0;
    const pipeline: Pipeline = { ...DEFAULT_PIPELINE, entities: (ctx) => ((probes += ctx.reference === PROBE_DAY ? 1 : 0), DEFAULT_PIPELINE.entities(ctx)) };
    const article = (text: string) => ({ id: 'article:probe-once', source: 'u.txt', text, publishedAt: null, dateSource: 'none' as const });
    const text = 'Angela Merkel and Emmanuel Macron met in Aachen on Tuesday and signed a friendship treaty.';
    const dated = extractArticle({ ...article('Angela Merkel and Emmanuel Macron met in Aachen on Tuesday.'), id: 'article:d' }, '2019-01-22').events;
    expect(dated[0]?.when?.earliest).toBe('2019-01-22');
    const sources = ['article:d', 'article:d2'];
    const days = dated.map((e) => ({ ...e, sources }));
    const first = relativeDayBounds(extractArticle(article(text), undefined, pipeline), days, pipeline);
    const again = relativeDayBounds(extractArticle(article(text), undefined, pipeline), days, pipeline);
    expect(first).toMatchObject({ earliest: '2019-01-22', latest: '2019-01-28' });
    expect(again).toEqual(first);
    expect(probes).toBe(1);
    // Another text under the same id is read anew.
    relativeDayBounds(extractArticle(article(`${text} They met again later.`), undefined, pipeline), days, pipeline);
    expect(probes).toBe(2);
  });
});
