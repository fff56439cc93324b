// The month and day a page states as today's without a year (src/resolve/ownDays.ts,
// statedMonthDay), completed with a year by inferPublication as a year-less dateline is: from the
// terms of the people it names by title and the weekday its opening gives (that day or one of the
// two after it). In Rex Tillerson's term as Secretary of State (2017-02-01..2018-03-31) Feb. 6 was a
// Monday (2017) and a Tuesday (2018).
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, extractArticle } from '../src/extract/pipeline.js';
import { readText } from '../src/read/readText.js';
import { inferPublication } from '../src/resolve/dateArticles.js';
import { statedMonthDay } from '../src/resolve/ownDays.js';

describe('statedMonthDay', () => {
  it.each([
    ['the state daily reported today (Jan. 16) that the envoy would lead the talks', 'XXXX-01-16'],
    ['Today, March 22, the president is to address the nation on television.', 'XXXX-03-22'],
    ['the deadline, which the two sides missed, was today, 24 November.', 'XXXX-11-24'],
    ['ministers meet tonight (22 July) to speed up the measures', 'XXXX-07-22'],
  ])('%s', (text, value) => {
    expect(statedMonthDay(text)).toBe(value);
  });

  it.each([
    ['a date with its year (ownDayBounds reads that one)', 'the state daily reported today (Jan. 16, 2031) that the envoy would lead the talks'],
    ['a day not set beside the deictic word', 'Today the envoy said the talks of March 22 would go on.'],
    ['"yesterday" names another day than the page\'s', 'the state daily reported yesterday (Jan. 15) that the talks would go on'],
    ['two different days stated', 'Today, March 22, the president speaks. Ministers meet today (March 23) as well.'],
  ])('negative: %s', (_, text) => {
    expect(statedMonthDay(text)).toBeNull();
  });
});

describe('a stated month and day completed with a year', () => {
  const page = (body: string) => extractArticle(readText(`Envoys meet in Seoul\n\n${body}`, 'stated.txt').articles[0]!, undefined, DEFAULT_PIPELINE);

  it('"Secretary of State Rex Tillerson" and a Tuesday: the one Feb. 6 of his term on a Tuesday or the two days after', () => {
    const x = page('Secretary of State Rex Tillerson met South Korean envoys on Tuesday, the State Department said today (Feb. 6). The talks will go on next month, officials said.');
    expect(x.article.publishedAt).toBeNull();
    expect(inferPublication(x, [], [], DEFAULT_PIPELINE)).toMatchObject({ earliest: '2018-02-06', latest: '2018-02-06' });
  });

  it('negative: no titled office holder to bound the year, so no year is picked', () => {
    const x = page('Envoys of the two Koreas met on Wednesday, a spokesman said today (Feb. 6). The talks will go on next month, officials said.');
    expect(inferPublication(x, [], [], DEFAULT_PIPELINE)).toBeNull();
  });
});
