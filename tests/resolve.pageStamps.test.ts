// A page's own timestamps and embedded posts (src/resolve/pageStamps.ts): a date with its year and
// a clock time is the day it was posted (an update: that day or the two before); its latest embedded
// post puts it from the day before the post to two days after. Dates without a clock, history, an
// ambiguous numeric date and stamps that contradict each other date nothing.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { ownDayBounds } from '../src/resolve/ownDays.js';
import { pageStampBounds } from '../src/resolve/pageStamps.js';

const article = (text: string): Article => ({ id: `article:stamp-${text.length}`, source: 'stamp.txt', text, publishedAt: null, dateSource: 'none' });

describe('page stamps: timestamps', () => {
  it.each([
    ['Posted Nov 23, 2031 8:37 PM CST', '2031-11-23'],
    ['HomeWorld Sat Apr 11, 2031 3:47AM', '2031-04-11'],
    ['  • 29 July 2031, 17:06', '2031-07-29'],
    ['30 Jul 2031 - 3:00', '2031-07-30'],
    ['Wed 17 Dec 2031 09.27 EST', '2031-12-17'],
    ['in 54 years. 08/14/2031 09:14 am ET | more', '2031-08-14'],
    ['Author: Lima from 10.09.2031, 08:57', '2031-09-10'],
    ['March 3, 2031 at 3:55 PM ET', '2031-03-03'],
  ])('%s names its day', (stamp, day) => {
    const text = `Port board reopens harbour\n\n${stamp}\n\nThe port board agreed to reopen the harbour, its chair said.`;
    expect(pageStampBounds(text)).toMatchObject({ earliest: day, latest: day });
  });

  it('an update: posted that day or the two before', () => {
    const text = 'Port board reopens harbour\n\nUpdated: Aug 13, 2031 2:30 PM\n\nThe port board agreed to reopen the harbour.';
    expect(pageStampBounds(text)).toMatchObject({ earliest: '2031-08-11', latest: '2031-08-13', text: 'its own timestamp "Aug 13, 2031 2:30 PM" (updated)' });
  });

  it('a posted and an updated stamp intersect', () => {
    const text = 'Posted: Aug 13, 2031 1:04 PM / Updated: Aug 13, 2031 2:30 PM\n\nThe port board agreed to reopen the harbour.';
    expect(pageStampBounds(text)).toMatchObject({ earliest: '2031-08-13', latest: '2031-08-13' });
  });

  it.each([
    ['a date without a clock', 'The harbour closed on March 3, 2031, and reopened a year later.'],
    ['a year followed by a figure, not a clock', 'By March 3, 2031 6.50 million tonnes had passed the port.'],
    ['a numeric date with two readings', 'Filed 04/06/2031 10:15 by the port office.'],
    ['a clock with no date', 'The board met at 10:30 am on Friday.'],
    ['timestamps of two different days (a related story)', 'Posted March 3, 2031 10:00 AM\n\nRelated: harbour closes, March 9, 2031 08:15 AM'],
  ])('%s dates nothing', (_, text) => {
    expect(pageStampBounds(text)).toBeNull();
  });
});

describe('page stamps: embedded posts', () => {
  it('the latest post: from the day before it to two days after', () => {
    const text = [
      'Port board reopens harbour',
      'The harbour is open again. pic.twitter.com/abc — Ana Lima (@alima) March 1, 2031',
      'Ships queued at dawn. — Port Office (@portoffice) March 2, 2031',
    ].join('\n\n');
    expect(pageStampBounds(text)).toMatchObject({ earliest: '2031-03-01', latest: '2031-03-04', text: 'its latest embedded post, of 2031-03-02' });
  });

  it('a date after a handle-less name, or a quoted date, is no post', () => {
    expect(pageStampBounds('Ana Lima (port chair) March 1, 2031 said the harbour was open.')).toBeNull();
    expect(pageStampBounds('Ana Lima said on March 1, 2031 that the harbour was open.')).toBeNull();
  });

  it('a post contradicting the page\'s timestamp dates nothing', () => {
    const text = 'Posted March 20, 2031 10:00 AM\n\nThe harbour is open. — Ana Lima (@alima) March 1, 2031';
    expect(pageStampBounds(text)).toBeNull();
  });
});

describe('page stamps in own days', () => {
  it('a page with a timestamp and nothing else is dated by it', () => {
    const text = 'Port board reopens harbour\n\nPublished April 2, 2031 6:04PM (EDT)\n\nThe port board agreed to reopen the harbour, its chair Ana Lima told reporters.';
    expect(ownDayBounds(article(text))).toMatchObject({ earliest: '2031-04-02', latest: '2031-04-02' });
  });
});
