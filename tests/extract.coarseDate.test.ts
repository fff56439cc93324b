// A page that states its date coarser than a day (a date line "2019-03") reads its relative days
// against both ends of that stretch (hullTimes): "on Wednesday" is any Wednesday the month allows,
// never the one after its last day. Sentences of our own. Negatives: a page dated to the day, and a
// caller's reference day (resolve's own reading), keep the single day.
import { describe, expect, it } from 'vitest';
import type { Article, TimeSpan } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';

const TEXT = 'Prime Minister Alan Brandt on Wednesday will send a letter to President Carla Moss asking for more time.';
const page = (earliest: string, latest: string): Article => ({
  id: 'article:test', source: 'test', text: TEXT, dateSource: 'header',
  publishedAt: { text: earliest === latest ? earliest : earliest.slice(0, 7), earliest, latest, value: earliest === latest ? earliest : earliest.slice(0, 7), granularity: earliest === latest ? 'day' : 'month', type: 'DATE' } as TimeSpan,
});
const wednesday = (a: Article, reference?: string) => extractArticle(a, reference).mentions.times.find((t) => /Wednesday/.test(t.text))?.span;

describe('extract: relative days on a page dated to a month', () => {
  it("'on Wednesday' on a page of March 2019 spans the Wednesdays March allows, not April 3 alone", () => {
    const s = wednesday(page('2019-03-01', '2019-03-31'));
    expect(s?.earliest).toBe('2019-03-06');
    expect(s?.latest).toBe('2019-04-03');
  });
  it('negative: a page dated to the day reads its one Wednesday', () => {
    const s = wednesday(page('2019-03-19', '2019-03-19'));
    expect([s?.earliest, s?.latest]).toEqual(['2019-03-20', '2019-03-20']);
  });
  it("negative: a caller's reference day is read as given", () => {
    const s = wednesday(page('2019-03-01', '2019-03-31'), '2019-03-19');
    expect([s?.earliest, s?.latest]).toEqual(['2019-03-20', '2019-03-20']);
  });
});
