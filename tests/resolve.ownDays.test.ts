// Dating an undated article by its own dates (src/resolve/ownDays.ts): a plain weekday told as
// past, and a caption's or embedded post's date with its year that falls on it, put the day of
// writing in that day and the six after; history told in the past, weekdays two such dates fall
// on, "last"/"next" weekdays and weekdays no date falls on date nothing.
// An article dated by the quotes it shares is not written before the story's day when it tells
// that day's weekday as past (storyFloor).
// 2031-01-24 was a Friday, 2031-01-20 a Monday, 2031-01-21 a Tuesday, 2027-06-07 a Monday,
// 2031-03-12 a Wednesday, 2031-03-13 a Thursday, 2031-03-14 a Friday.
// A floor a matched event sets yields to the page's own latest past date in the week before it
// (ownFloor: by at most two days), and a report matching two dated events is floored by the earlier (inferPublication).
// 2022-03-08 and 2022-03-15 were Tuesdays.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { DEFAULT_PIPELINE, extractArticle } from '../src/extract/pipeline.js';
import { readText } from '../src/read/readText.js';
import { inferPublication } from '../src/resolve/dateArticles.js';
import { ownDayBounds, ownFloor, storyFloor } from '../src/resolve/ownDays.js';

const article = (text: string): Article => ({ id: `article:own-${text.length}-${text.slice(0, 12)}`, source: 'own.txt', text, publishedAt: null, dateSource: 'none' });

describe('own days: weekdays told of the article\'s own dates', () => {
  it('a caption dated to a Friday and "on Friday" in the text: written that Friday or within the six days after', () => {
    const text = 'Port board agrees to reopen the harbour\n\nAna Lima arrives at the port office in Harbourtown, Norland, Jan. 24, 2031.\n\nThe port board agreed on Friday to reopen the harbour, its chair Ana Lima said.';
    expect(ownDayBounds(article(text))).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-30' });
  });

  it('an embedded post\'s date and a weekday of the same day; two such weekdays intersect, and so does the latest post (pageStamps.ts: two days after it at most)', () => {
    const text = [
      'Envoys close their talks',
      'The envoys of Norland and Suvia opened their talks on Monday and closed them on Tuesday evening without an accord, officials said.',
      'We will come back to the table soon. — Ben Dale (@bendale) January 20, 2031',
      'The talks were frank and long. — Ana Lima (@alima) January 21, 2031',
    ].join('\n\n');
    expect(ownDayBounds(article(text))).toMatchObject({ earliest: '2031-01-21', latest: '2031-01-23' });
  });

  it('negative: a date of history told in the past, on the weekday of this week\'s news, dates nothing', () => {
    const text = 'Borders reopen\n\nNorland reopened its border with Suvia on Monday. The blockade had begun on June 7, 2027, when the two fell out over fishing rights.';
    expect(ownDayBounds(article(text))).toBeNull();
  });

  it('negative: two caption dates on the told weekday, "last" or "next" weekdays, and a weekday no date falls on date nothing', () => {
    const twoMondays = 'Talks go on\n\nLima meets Dale in Harbourtown, Norland, Jan. 13, 2031.\n\nLima meets Dale in Oslo, Norway, Jan. 20, 2031.\n\nThe two met again on Monday, officials said.';
    expect(ownDayBounds(article(twoMondays))).toBeNull();
    const last = 'Port reopens\n\nAna Lima arrives at the port office in Harbourtown, Norland, Jan. 24, 2031.\n\nThe board agreed last Friday to reopen the harbour.';
    expect(ownDayBounds(article(last))).toBeNull();
    const otherDay = 'Port reopens\n\nAna Lima arrives at the port office in Harbourtown, Norland, Jan. 24, 2031.\n\nThe board agreed on Wednesday to reopen the harbour.';
    expect(ownDayBounds(article(otherDay))).toBeNull();
  });
});

describe('own days: a deictic day set beside a date with its year', () => {
  it('"effective today, May 29, 2031" is written that day; "yesterday (Jan. 15, 2031)" the day after', () => {
    expect(ownDayBounds(article('Listing lifted\n\nThe ministry lifted the listing, effective today, May 29, 2031, its spokesman said.'))).toMatchObject({ earliest: '2031-05-29', latest: '2031-05-29' });
    expect(ownDayBounds(article('Talks end\n\nThe envoys ended their talks yesterday (Jan. 15, 2031) without an accord.'))).toMatchObject({ earliest: '2031-01-16', latest: '2031-01-16' });
  });

  it('negative: a deictic day and a date in different phrases, or a date without its year, state nothing', () => {
    expect(ownDayBounds(article('Listing lifted\n\nThe ministry lifted the listing today, and the next review is due on May 29, 2031.'))).toBeNull();
    expect(ownDayBounds(article('Listing lifted\n\nThe ministry lifted the listing, effective today, May 29, its spokesman said.'))).toBeNull();
  });
});

describe('own days: the story\'s day told as a past weekday', () => {
  it('partners dated Friday 2031-03-14 and "said on Friday": not written before that Friday; "on Thursday": not before the Thursday', () => {
    expect(storyFloor(article('Envoys meet\n\nThe envoy said on Friday that the talks would go on.'), '2031-03-14', '2031-03-14')).toBe('2031-03-14');
    expect(storyFloor(article('Envoys meet\n\nThe envoy said on Thursday that the talks would go on.'), '2031-03-14', '2031-03-14')).toBe('2031-03-13');
    // Wednesday, the probe day's own weekday, is read against the next day to learn its direction.
    expect(storyFloor(article('Envoys meet\n\nThe envoy said on Wednesday that the talks would go on.'), '2031-03-12', '2031-03-12')).toBe('2031-03-12');
  });

  it('negative: a weekday told as coming, a weekday off the partners\' days, or none, floors nothing', () => {
    expect(storyFloor(article('Envoys meet\n\nThe envoy will travel to Oslo on Friday, officials said.'), '2031-03-14', '2031-03-14')).toBeNull();
    expect(storyFloor(article('Envoys meet\n\nThe envoy said on Monday that the talks would go on.'), '2031-03-14', '2031-03-14')).toBeNull();
    expect(storyFloor(article('Envoys meet\n\nThe envoy said that the talks would go on.'), '2031-03-14', '2031-03-14')).toBeNull();
  });
});

describe('own days: the page\'s own latest past date lowers a matched event\'s floor', () => {
  it('"said on July 11" and a floor of July 13: the page tells July 11\'s news, so the floor is July 11', () => {
    const text = 'Accord signed\n\nThe two governments signed an accord during the minister\'s visit to Harbourtown, her spokesman said on July 11. She is in the region this week.';
    expect(ownFloor(article(text), '2031-07-13')).toBe('2031-07-11');
  });

  it('negative: a past date over two days before the floor, a date told as coming, or none leave the floor as it is', () => {
    expect(ownFloor(article('Accord signed\n\nThe accord the two governments began to draft on July 10 was signed during the minister\'s visit.'), '2031-07-13')).toBe('2031-07-13');
    expect(ownFloor(article('Accord signed\n\nThe two governments signed an accord, and the minister will return on July 11 to open a port.'), '2031-07-09')).toBe('2031-07-09');
    expect(ownFloor(article('Accord signed\n\nThe two governments signed an accord during the minister\'s visit to Harbourtown.'), '2031-07-13')).toBe('2031-07-13');
  });
});

describe('a report that matches two dated events is floored by the earlier', () => {
  const read = (text: string, source: string) => extractArticle(readText(text, source).articles[0]!, undefined, DEFAULT_PIPELINE);
  const first = read('Blinken in Paris\n\nPARIS, March 8, 2022 -- U.S. Secretary of State Antony Blinken visited Paris on Tuesday, officials said.', 'first.txt');
  const second = read('Blinken back in Paris\n\nPARIS, March 15, 2022 -- U.S. Secretary of State Antony Blinken visited Paris again on Tuesday, officials said.', 'second.txt');
  const undated = read('Accord signed\n\nThe United States and France signed an accord during a visit to Paris by U.S. Secretary of State Antony Blinken, officials said. Talks on trade go on.', 'undated.txt');

  it('two trips of one visitor to one city: the page is written after the first, not necessarily after the second', () => {
    expect(first.events.map((e) => e.when?.earliest)).toEqual(['2022-03-08']);
    expect(second.events.map((e) => e.when?.earliest)).toEqual(['2022-03-15']);
    expect(inferPublication(undated, [], [...first.events, ...second.events], DEFAULT_PIPELINE)).toMatchObject({ earliest: '2022-03-08', latest: null });
  });

  it('one trip only: it floors the page (the negative of the rule above: nothing lowers a lone floor)', () => {
    // The lead tells that one trip as its news, so leadNews.ts also gives the ceiling (with two trips it cannot: the test above).
    expect(inferPublication(undated, [], second.events, DEFAULT_PIPELINE)).toMatchObject({ earliest: '2022-03-15', latest: '2022-03-17' });
  });
});
