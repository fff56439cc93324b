// Heads of government by their titles (issue 13): "chancellor" (Germany, Austria), "federal
// chancellor" and "taoiseach" name a head of government, except that a British "Chancellor" and the
// "Chancellor of the Exchequer" are the UK's finance minister; a summit of countries takes the one
// person the page titles with a country's leading office. Names and sentences of our own.
import { describe, expect, it } from 'vitest';
import { titleOffice } from '../src/extract/entities/titleOffice.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

describe('titles: chancellors and the taoiseach', () => {
  it('a German or Austrian (federal) chancellor and an Irish taoiseach head a government', () => {
    expect(titleOffice('German Chancellor')).toEqual({ country: 'DE', office: 'head-of-government', word: 'chancellor' });
    expect(titleOffice('Austrian Federal Chancellor')).toEqual({ country: 'AT', office: 'head-of-government', word: 'federal chancellor' });
    expect(titleOffice('Taoiseach')).toEqual({ country: 'IE', office: 'head-of-government', word: 'taoiseach' });
  });
  it("negative: a British chancellor and the Chancellor of the Exchequer are the UK's finance minister", () => {
    expect(titleOffice('British Chancellor')).toEqual({ country: 'GB', office: 'finance-minister', word: 'chancellor' });
    expect(titleOffice('Chancellor of the Exchequer')).toEqual({ country: 'GB', office: 'finance-minister', word: 'chancellor of the exchequer' });
  });
});

const cases: EventCase[] = [
  {
    name: 'a summit between Germany and France on a page naming the German chancellor and the French president: the two of them',
    text: 'German Chancellor Olaf Brandt and French President Marc Laval flew in. A summit between Germany and France took place in Minsk on February 11.',
    reference: '2015-02-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-02-11', participants: ['person:olaf-brandt', 'person:marc-laval'], place: 'place:minsk' }],
  },
  {
    name: "negative: a British chancellor does not stand for Britain at a summit",
    text: 'British Chancellor Rupert Vale and French President Marc Laval flew in. A summit between Britain and France took place in Minsk on February 11.',
    reference: '2015-02-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-02-11', participants: ['country:united-kingdom', 'person:marc-laval'], place: 'place:minsk' }],
  },
];

describe('events: countries at a summit stand for the leaders the page titles', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
});
