// The year a dateline without one ("SEOUL, Feb. 6 (Yonhap) --") takes from the terms of office of
// the people the page names by title (src/resolve/dateArticles.ts, termBounds): "President Barack
// Obama" bounds the page to his term; "Vice President Joe Biden" is no President, so Biden's
// presidency (2021-2025) does not bound it. 2013-02-06 was a Wednesday, 2024-02-06 a Tuesday.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, extractArticle } from '../src/extract/pipeline.js';
import { readText } from '../src/read/readText.js';
import { inferPublication } from '../src/resolve/dateArticles.js';

const page = (lead: string) => {
  const { articles } = readText(`Envoys meet in Seoul\n\n${lead}\n\nThe talks will go on next month, officials said.`, 'terms.txt');
  return extractArticle(articles[0]!, undefined, DEFAULT_PIPELINE);
};

describe('a dateline\'s year from the terms of titled people', () => {
  it('"President Barack Obama" and a Wednesday: the one Feb. 6 of his term that is a Wednesday', () => {
    const x = page('SEOUL, Feb. 6 (Yonhap) -- President Barack Obama and Vice President Joe Biden met South Korean envoys on Wednesday, officials said.');
    expect(x.article.publishedAt).toMatchObject({ value: 'XXXX-02-06' });
    expect(inferPublication(x, [], [], DEFAULT_PIPELINE)).toMatchObject({ earliest: '2013-02-06', latest: '2013-02-06' });
  });

  it('negative: "Vice President Joe Biden" alone is not bounded by Biden\'s presidency, so no year is picked', () => {
    const x = page('SEOUL, Feb. 6 (Yonhap) -- Vice President Joe Biden met South Korean envoys on Tuesday, officials said.');
    expect(inferPublication(x, [], [], DEFAULT_PIPELINE)).toBeNull();
  });
});
