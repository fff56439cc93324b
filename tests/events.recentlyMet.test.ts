// The news perfect of meeting (issue 13): "A has met with B in X" or "A and B have held talks" in a
// main clause of a dated article is the day of writing or the day before; with an inferred
// publication interval of a few days, the day before its first day to its last. Sentences of our
// own. Negatives: the experiential perfect ("has met B three times since 2015", "has met B
// before"), a negation, a relative clause, a governed verb ("has agreed to meet"), the simple past
// ("met B in X": any day) and a day the clause tells ("on Tuesday") are left as they were.
import { describe, expect, it } from 'vitest';
import type { Article, EventFact } from '../src/model/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const BRANDT = 'person:alan-brandt';
const MOSS = 'person:carla-moss';
const REF = '2015-04-11';

function gatherings(text: string, article: Article = caseArticle(text), reference: string | undefined = REF): EventFact[] {
  return extractArticle(article, reference).events.filter((e) => e.kind === 'MEETING' || e.kind === 'TALKS');
}
const days = (e: EventFact | undefined) => (e?.when ? `${e.when.earliest}..${e.when.latest}` : null);

describe('events: the news perfect of meeting', () => {
  it("'A has met with B in X': the day of writing or the day before", () => {
    const [e, ...rest] = gatherings('Alan Brandt has met with Carla Moss in Lisbon.');
    expect(rest).toEqual([]);
    expect(e?.status).toBe('OCCURRED');
    expect(e?.participants.map((p) => p.entity).sort()).toEqual([BRANDT, MOSS]);
    expect(days(e)).toBe('2015-04-10..2015-04-11');
  });
  it("'A and B have held talks in X': the object of 'hold' is dated so too", () => {
    const [e] = gatherings('Alan Brandt and Carla Moss have held talks in Lisbon.');
    expect(e?.kind).toBe('TALKS');
    expect(days(e)).toBe('2015-04-10..2015-04-11');
  });
  it('an inferred publication interval of three days: the day before its first to its last', () => {
    const text = 'Alan Brandt has met with Carla Moss in Lisbon.';
    const article: Article = { ...caseArticle(text), publishedAt: { text: '', earliest: '2015-04-09', latest: '2015-04-11', granularity: 'day', value: '2015-04' }, dateSource: 'inferred' };
    expect(days(gatherings(text, article, undefined)[0])).toBe('2015-04-08..2015-04-11');
  });
  it('negative: a publication interval of a month tells no day', () => {
    const text = 'Alan Brandt has met with Carla Moss in Lisbon.';
    const article: Article = { ...caseArticle(text), publishedAt: { text: '', earliest: '2015-04-01', latest: '2015-04-30', granularity: 'month', value: '2015-04' }, dateSource: 'inferred' };
    expect(days(gatherings(text, article, undefined)[0])).toBeNull();
  });
  for (const text of [
    'Alan Brandt has met Carla Moss three times since 2015.',
    'Alan Brandt has met Carla Moss before.',
    'Alan Brandt met Carla Moss in Lisbon.',
    'Alan Brandt, who has met Carla Moss, spoke in Lisbon.',
  ]) {
    it(`negative: '${text}' gets no day`, () => {
      for (const e of gatherings(text)) expect(days(e)).toBeNull();
    });
  }
  it("negative: 'has never met', 'has agreed to meet': no meeting told as done", () => {
    expect(gatherings('Alan Brandt has never met Carla Moss.')).toEqual([]);
    expect(gatherings('Alan Brandt has agreed to meet Carla Moss.').filter((e) => e.status === 'OCCURRED')).toEqual([]);
  });
  it("negative: 'has met B in X on Tuesday': the clause's own day", () => {
    expect(days(gatherings('Alan Brandt has met Carla Moss in Lisbon on Tuesday.')[0])).toBe('2015-04-07..2015-04-07');
  });
});
