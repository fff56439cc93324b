// A plan told after an event the page dates as done is that event's history, not news that undoes
// it ("visited Oslo on Friday ... a week before, a paper wrote they would travel to Oslo"): the event
// stays OCCURRED. A plan with a day of its own is another event; a plan told after an undated report
// still sets the status the page ends on. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const REF = '2021-01-04';
const statuses = (text: string, kind: string) => {
  const x = extractArticle(caseArticle(text), REF);
  return [...x.events, ...x.eventMentions].filter((e) => e.kind === kind).map((e) => [e.status, e.when?.value ?? null]);
};

describe('events: a plan retold after the dated event', () => {
  it('keeps a dated visit done when an undated plan of it is told afterwards', () => {
    const text = 'Ivan Petrov and Ana Holm visited Oslo on Friday, January 1, to discuss a plan. A week before, a newspaper wrote that Petrov and Holm would travel to Oslo.';
    expect(statuses(text, 'VISIT')).toEqual([['OCCURRED', '2021-01-01']]);
  });

  it('negative: a plan with a day of its own is another, planned event', () => {
    const text = 'Ivan Petrov met Ana Holm in Oslo on Friday, January 1. Petrov and Holm will meet again next month.';
    expect(statuses(text, 'MEETING')).toEqual([
      ['OCCURRED', '2021-01-01'],
      ['PLANNED', '2021-02'],
    ]);
  });

  it('negative: a plan told after an undated report still sets the status the page ends on', () => {
    const text = 'Officials spoke about trade on Monday. Later, Ivan Petrov and Ana Holm talked in Oslo. A newspaper wrote that Petrov and Holm would hold talks in Oslo.';
    expect(statuses(text, 'TALKS')).toEqual([['PLANNED', null]]);
  });
});
