// Dating undated articles by relative days (src/resolve/relativeDays.ts): a report told "on
// Tuesday" or "yesterday" of an event dated articles date bounds the day of writing (a weekday
// picks its day of an event of a few days); a weekday that is not the event's, parties alone told
// by one dated article unless they are all the event's, or events of two days date nothing;
// an act with no day of its own takes the weekday of the verb that announces it (announcedOn);
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
import { PROBE_DAY, toldOf } from '../src/resolve/probeReading.js';
import { eventDays, mayBeToldByDay, relativeDayBounds, spanWritingDays, writingDays } from '../src/resolve/relativeDays.js';
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

  it('a news perfect ("have met", "has formally announced"): the event day or the day after, with a day of slack either side', () => {
    expect(writingDays('have met', 'OCCURRED', '2019-01-22')).toEqual({ earliest: '2019-01-21', latest: '2019-01-24' });
    expect(writingDays('has formally announced', 'OCCURRED', '2019-01-22')).toEqual({ earliest: '2019-01-21', latest: '2019-01-24' });
    // Negative: a plan in the perfect tells no day of writing, nor does a past perfect or a longer verb group.
    expect(writingDays('have agreed', 'PLANNED', '2019-01-22')).toBeNull();
    expect(writingDays('had met', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('has been meeting', 'OCCURRED', '2019-01-22')).toBeNull();
  });

  it('negative: a weekday the event did not fall on, a date with a month or a number, a span of days', () => {
    expect(writingDays('Monday', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('Tuesday, Jan. 22', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('Tuesday 22', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('last week', 'OCCURRED', '2019-01-22')).toBeNull();
    expect(writingDays('January 22', 'OCCURRED', '2019-01-22')).toBeNull();
  });
});

describe('relative days: an event dated to a few days', () => {
  // 2019-01-22 (a Tuesday) to 2019-01-23 (a Wednesday): a two-day summit.
  const days = ['2019-01-22', '2019-01-23'];
  it('a weekday picks the day of the span that falls on it', () => {
    expect(spanWritingDays('on Wednesday', 'OCCURRED', days)).toEqual({ earliest: '2019-01-23', latest: '2019-01-29' });
    expect(spanWritingDays('Tuesday night', 'OCCURRED', days)).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
    expect(spanWritingDays('Wednesday', 'PLANNED', days)).toEqual({ earliest: '2019-01-17', latest: '2019-01-23' });
  });
  it('a deictic day may tell any day of it: the hull of their windows', () => {
    expect(spanWritingDays('yesterday', 'OCCURRED', days)).toEqual({ earliest: '2019-01-22', latest: '2019-01-25' });
  });
  it('negative: a weekday no day of the span falls on', () => {
    expect(spanWritingDays('Friday', 'OCCURRED', days)).toBeNull();
    expect(spanWritingDays('last week', 'OCCURRED', days)).toBeNull();
  });
  const event = (earliest: string, latest: string) => ({ ...extractArticle({ id: 'article:d', source: 'd.txt', text: 'Angela Merkel and Emmanuel Macron met in Aachen on Tuesday.', publishedAt: null, dateSource: 'none' }, '2019-01-22').events[0]!, when: { text: 'x', earliest, latest, granularity: 'day' as const, value: earliest } });
  it('the days of an event dated to one day or a few; negative: a week, or no day', () => {
    expect(eventDays(event('2019-01-22', '2019-01-22'))).toEqual(['2019-01-22']);
    expect(eventDays(event('2019-01-22', '2019-01-23'))).toEqual(days);
    expect(eventDays(event('2019-01-21', '2019-01-27'))).toBeNull();
    expect(eventDays({ ...event('2019-01-22', '2019-01-22'), when: null })).toBeNull();
  });
  it('an undated report told as "Wednesday" of a Tuesday-Wednesday event in its place: written that Wednesday or within the six after', () => {
    const text = 'Angela Merkel and Emmanuel Macron met in Aachen on Wednesday and signed a friendship treaty.';
    const undated = extractArticle({ id: 'article:span', source: 'u.txt', text, publishedAt: null, dateSource: 'none' });
    expect(relativeDayBounds(undated, [event('2019-01-22', '2019-01-23')])).toMatchObject({ earliest: '2019-01-23', latest: '2019-01-29' });
    // Negative: the same event dated to a week gives no day to pick.
    expect(relativeDayBounds(undated, [event('2019-01-21', '2019-01-27')])).toBeNull();
  });
  it('a report in the news perfect of an event dated to one day: written that day or the day after, with a day of slack', () => {
    const undated = (text: string) => extractArticle({ id: 'article:perfect', source: 'p.txt', text, publishedAt: null, dateSource: 'none' });
    const dated = event('2019-01-22', '2019-01-22');
    expect(relativeDayBounds(undated('Angela Merkel and Emmanuel Macron have met in Aachen.'), [dated])).toMatchObject({ earliest: '2019-01-21', latest: '2019-01-24', text: 'a report of 2019-01-22 told as "have met"' });
    // Negative: the experiential perfect ("have met three times") tells no day of news.
    expect(relativeDayBounds(undated('Angela Merkel and Emmanuel Macron have met in Aachen three times.'), [dated])).toBeNull();
    // Negative: a perfect under a modal ("may have met") is no news of the day.
    expect(relativeDayBounds(undated('Angela Merkel and Emmanuel Macron may have met in Aachen.'), [dated])).toBeNull();
  });
  it('negative: the strict party match wants a dated day, the same kind and a past report', () => {
    const report = extractArticle({ id: 'article:u', source: 'u.txt', text: 'Angela Merkel and Emmanuel Macron met on Wednesday.', publishedAt: null, dateSource: 'none' }).events[0]!;
    const day = { ...event('2019-01-23', '2019-01-23'), place: null };
    expect(mayBeToldByDay(report, day)).toBe(true);
    expect(mayBeToldByDay(report, { ...day, when: { ...day.when, latest: '2019-01-24' } })).toBe(false);
    expect(mayBeToldByDay(report, { ...day, kind: 'SUMMIT' })).toBe(false);
    expect(mayBeToldByDay({ ...report, status: 'PLANNED' }, { ...day, status: 'PLANNED' })).toBe(false);
  });
});

describe('relative days: an act told as done, announced on a weekday', () => {
  // 2019-01-24 was a Thursday. Two dated articles give the measure its day (mayBeReported's parties).
  const read = (text: string, day?: string) => extractArticle({ id: 'article:a', source: 'a.txt', text, publishedAt: null, dateSource: 'none' }, day);
  const measure = read('Canada imposed sanctions on Venezuela on Thursday.', '2019-01-24').events[0]!;
  const dated = { ...measure, sources: ['a', 'b'], when: { text: 'x', earliest: '2019-01-24', latest: '2019-01-24', granularity: 'day' as const, value: '2019-01-24' } };
  it('the announcing day is the act\'s: "announced Thursday that", "On Thursday, ... announced"', () => {
    const after = read('The prime minister announced Thursday that Canada is imposing sanctions on Venezuela.');
    expect(relativeDayBounds(after, [dated])).toMatchObject({ earliest: '2019-01-24', latest: '2019-01-30' });
    const before = read('On Thursday, the Canadian government announced sanctions on Venezuela.');
    expect(relativeDayBounds(before, [dated])).toMatchObject({ earliest: '2019-01-24', latest: '2019-01-30' });
  });
  it('negative: another weekday than the act\'s, a weekday still to come, a verb of saying, a plan', () => {
    expect(relativeDayBounds(read('The prime minister announced Tuesday that Canada is imposing sanctions on Venezuela.'), [dated])).toBeNull();
    expect(relativeDayBounds(read('The prime minister said Thursday that Canada is imposing sanctions on Venezuela.'), [dated])).toBeNull();
    expect(relativeDayBounds(read('The prime minister announced Thursday that Canada will impose sanctions on Venezuela next month.'), [dated])).toBeNull();
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

  it('parties alone (no place): one dated article dates a report of the same kind, as past, that names all its parties', async () => {
    const undated = write('parties.txt', 'Leaders meet\n\nAngela Merkel and Emmanuel Macron met on Tuesday, officials said.');
    expect((await datesOf([[dated, undated]])).get(undated)).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
    expect((await datesOf([[dated, datedToo, undated]])).get(undated)).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
  });

  it('negative: parties alone that are only some of the dated event\'s date nothing by one dated article; two dated articles that give the day do', async () => {
    const three = write('three.txt', 'date 2019-01-22 Treaty signed\n\nAngela Merkel, Emmanuel Macron and Theresa May met in Aachen on Tuesday and signed a treaty.');
    const threeToo = write('three2.txt', 'date 2019-01-23 Treaty of Aachen\n\nAngela Merkel, Emmanuel Macron and Theresa May met in Aachen on Tuesday to sign the treaty.');
    const undated = write('some.txt', 'Leaders meet\n\nAngela Merkel and Emmanuel Macron met on Tuesday, officials said.');
    expect((await datesOf([[three, undated]])).get(undated)).toBeNull();
    expect((await datesOf([[three, threeToo, undated]])).get(undated)).toEqual({ earliest: '2019-01-22', latest: '2019-01-28' });
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

describe('relative days: a summit the probe day reads as a meeting', () => {
  // The probe reading is made against an arbitrary day, when the people may hold no office: heads of
  // state meeting then read as a plain meeting. Its relative day still belongs to the report.
  const reading = (told: [string, string][]) => ({ told: new Map(told), weekdays: [], days: [], reportage: [], stated: [] });
  const report = (kind: string, start: number) => ({ kind, evidence: [{ start }] });
  it('a summit takes the relative day of the meeting the probe read at its evidence, and the other way round', () => {
    expect(toldOf(reading([['MEETING@40', 'Monday']]), report('SUMMIT', 40))).toBe('Monday');
    expect(toldOf(reading([['SUMMIT@40', 'yesterday']]), report('MEETING', 40))).toBe('yesterday');
    // Its own kind's reading first.
    expect(toldOf(reading([['SUMMIT@40', 'Tuesday'], ['MEETING@40', 'Monday']]), report('SUMMIT', 40))).toBe('Tuesday');
  });
  it('negative: another sentence, or a kind that is no summit or meeting (a visit, talks, a letter)', () => {
    expect(toldOf(reading([['MEETING@90', 'Monday']]), report('SUMMIT', 40))).toBeUndefined();
    expect(toldOf(reading([['MEETING@40', 'Monday']]), report('VISIT', 40))).toBeUndefined();
    expect(toldOf(reading([['MEETING@40', 'Monday']]), report('TALKS', 40))).toBeUndefined();
    expect(toldOf(reading([['SUMMIT@40', 'Monday']]), report('LETTER', 40))).toBeUndefined();
  });
});
