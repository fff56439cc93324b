// The lead's news day (src/resolve/newsDay.ts): a weekday the lead tells as past narrows a page's
// inferred bounds to that day and the two after; a weekday told as coming, one with "last", one
// outside the lead, and a lead without a weekday leave them as they are.
// With a floor alone (leadNewsFrom), a caption's date opening the lead within the two days after
// the floor dates the page to it and the two days after; a later caption or a past weekday does not.
// 2031-01-24 was a Friday, 2031-01-20 a Monday, 2031-01-23 a Thursday, 2031-01-17 a Friday.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { DEFAULT_PIPELINE, extractArticle } from '../src/extract/pipeline.js';
import { inferPublication } from '../src/resolve/dateArticles.js';
import { leadEnd } from '../src/extract/leadEnd.js';
import { leadNewsDays, leadNewsFrom } from '../src/resolve/newsDay.js';

const article = (text: string): Article => ({ id: `article:news-${text.length}-${text.slice(0, 12)}`, source: 'news.txt', text, publishedAt: null, dateSource: 'none' });
const week = { earliest: '2031-01-24', latest: '2031-01-30', text: 'a report of 2031-01-24 told as "Friday"' };
const LEAD = 'The port board of Harbourtown agreed on Friday to reopen the harbour to fishing boats after a month of repairs, its chair Ana Lima told reporters at the quay.';
const SECOND = 'The fishermen of the coast had asked for the harbour to reopen before the spring season, and their union welcomed the decision in a short statement to the press.';

describe('the lead\'s news day', () => {
  it('a past weekday in the lead: the bounds narrow to that day and the two after', () => {
    const bounds = leadNewsDays(article(`Harbour to reopen\n\n${LEAD}\n\n${SECOND}`), week);
    expect(bounds).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
    expect(bounds!.text).toContain('the lead\'s news of past "friday"');
  });

  it('bounds of several weeks keep every news day of that weekday in them (the hull)', () => {
    const bounds = leadNewsDays(article(`Harbour to reopen\n\n${LEAD}\n\n${SECOND}`), { earliest: '2031-01-20', latest: '2031-02-05', text: 'after a report' });
    expect(bounds).toMatchObject({ earliest: '2031-01-24', latest: '2031-02-02' });
  });

  it('the second prose paragraph is still the lead; a headline and a short caption are not counted', () => {
    const text = `Harbour to reopen\n\nAna Lima at the quay.\n\nThe fishermen of the coast had asked for the harbour to reopen before spring, and their union welcomed the decision in a statement.\n\n${LEAD}`;
    expect(leadEnd(text)).toBe(text.length);
    expect(leadNewsDays(article(text), week)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('negative: a weekday told as coming, or with "last", in the lead narrows nothing', () => {
    const coming = 'The port board of Harbourtown will meet on Friday to decide whether the harbour reopens to fishing boats after a month of repairs, its chair Ana Lima said.';
    expect(leadNewsDays(article(`Harbour may reopen\n\n${coming}\n\n${SECOND}`), week)).toBeNull();
    const last = 'The port board of Harbourtown agreed last Friday to reopen the harbour to fishing boats after a month of repairs, its chair Ana Lima told reporters at the quay.';
    expect(leadNewsDays(article(`Harbour to reopen\n\n${last}\n\n${SECOND}`), week)).toBeNull();
  });

  it('negative: a weekday past the lead, a lead without one, or bounds with no day of that weekday narrow nothing', () => {
    const third = 'The board had met on Friday as well, a spokesman said later.';
    expect(leadNewsDays(article(`Harbour to reopen\n\n${SECOND}\n\n${SECOND}\n\n${third}`), week)).toBeNull();
    expect(leadNewsDays(article(`Harbour to reopen\n\n${SECOND}`), week)).toBeNull();
    expect(leadNewsDays(article(`Harbour to reopen\n\n${LEAD}`), { earliest: '2031-01-20', latest: '2031-01-21', text: 'a report' })).toBeNull();
  });
});

describe('the lead\'s news day from a caption\'s date', () => {
  const CAPTION = 'Ana Lima, chair of the port board, speaks to fishermen at the quay of the northern harbour in Harbourtown, Norland, Jan. 24, 2031, after the vote to reopen it.';

  it('a caption\'s date that opens the lead: the bounds narrow to that day and the two after', () => {
    expect(leadNewsDays(article(`Harbour to reopen\n\n${CAPTION}\n\n${SECOND}`), week)).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('a floor alone: a caption\'s date opening the lead within the two days after it dates the page to that day and the two after', () => {
    expect(leadNewsFrom(article(`Harbour to reopen\n\n${CAPTION}\n\n${SECOND}`), '2031-01-24', 'a report of 2031-01-24')).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
    expect(leadNewsFrom(article(`Harbour to reopen\n\n${CAPTION}\n\n${SECOND}`), '2031-01-23', 'a report of 2031-01-23')).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
  });

  it('negative: with a floor alone, a caption\'s date days after the floor or before it, or a past weekday, dates nothing', () => {
    expect(leadNewsFrom(article(`Harbour to reopen\n\n${CAPTION}\n\n${SECOND}`), '2031-01-20', 'a report of 2031-01-20')).toBeNull();
    expect(leadNewsFrom(article(`Harbour to reopen\n\n${CAPTION}\n\n${SECOND}`), '2031-01-25', 'a report of 2031-01-25')).toBeNull();
    // "agreed on Friday" with a Friday floor: the Friday a week or two later is as good a reading.
    expect(leadNewsFrom(article(`Harbour to reopen\n\n${LEAD}\n\n${SECOND}`), '2031-01-17', 'a report of 2031-01-17')).toBeNull();
  });

  it('negative: a date of history in the lead, or a caption\'s date outside the bounds, narrows nothing', () => {
    const history = 'The blockade of the northern harbour of Harbourtown had begun on Jan. 24, 2031, when the two neighbours fell out over the fishing rights of the coast.';
    expect(leadNewsDays(article(`Harbour to reopen\n\n${history}\n\n${SECOND}`), week)).toBeNull();
    expect(leadNewsDays(article(`Harbour to reopen\n\n${CAPTION}\n\n${SECOND}`), { earliest: '2031-02-10', latest: '2031-02-16', text: 'a report' })).toBeNull();
  });
});

describe('the lead\'s news day in the same story', () => {
  const QUOTES = '"We will reopen the harbour to every boat of the coast before the spring season," Lima said. "The sea wall has been rebuilt stone by stone and it will hold," she added.';
  const dated = (day: string): Article => ({ ...article(`Harbour reopens\n\n${SECOND}\n\n${QUOTES}`), id: `article:dated-${day}`, publishedAt: { text: day, earliest: day, latest: day, granularity: 'day', value: day } });

  it('an undated page sharing two quotes with pages of Friday to the next Wednesday is narrowed to its lead\'s Friday and the two days after', () => {
    const undated = article(`Harbour to reopen\n\n${LEAD}\n\n${QUOTES}`);
    const inferred = inferPublication(extractArticle(undated, undefined, DEFAULT_PIPELINE), [dated('2031-01-24'), dated('2031-01-29')], [], DEFAULT_PIPELINE);
    expect(inferred).toMatchObject({ earliest: '2031-01-24', latest: '2031-01-26' });
    expect(inferred!.text).toContain('same story as article:dated-2031-01-24, article:dated-2031-01-29');
  });

  it('negative: without a weekday in its lead the same page keeps the story\'s days', () => {
    const undated = article(`Harbour to reopen\n\n${SECOND}\n\n${QUOTES}`);
    const inferred = inferPublication(extractArticle(undated, undefined, DEFAULT_PIPELINE), [dated('2031-01-24'), dated('2031-01-29')], [], DEFAULT_PIPELINE);
    expect(inferred).toMatchObject({ earliest: '2031-01-23', latest: '2031-01-29' });
  });
});
