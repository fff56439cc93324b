// A gathering told with a span of days (issue 13): "held talks from March 26 to April 2" is dated by
// the whole span, its opening end after "from" included; "from March 26" with no closing end, "after
// March 26" and "since March 26" are boundaries of another time and date nothing. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle } from './events.support.js';

const cases: { name: string; text: string; reference: string; days: [string, string] | null }[] = [
  {
    name: "'from March 26 to April 2': the whole span",
    text: 'Ivan Petrov and Ana Holm held talks in Geneva from March 26 to April 2.',
    reference: '2015-04-05',
    days: ['2015-03-26', '2015-04-02'],
  },
  {
    name: "'from Sunday to Wednesday' in past narration: the span of those days",
    text: 'Ivan Petrov and Ana Holm held talks in Geneva from Sunday to Wednesday.',
    reference: '2015-04-09',
    days: ['2015-04-05', '2015-04-08'],
  },
  {
    name: "a plan 'from April 7 to April 9': the span ahead",
    text: 'Ivan Petrov and Ana Holm will hold talks in Geneva from April 7 to April 9.',
    reference: '2015-04-05',
    days: ['2015-04-07', '2015-04-09'],
  },
  {
    name: "negative: 'from March 26' with no closing end is a boundary, not the talks' day",
    text: 'Ivan Petrov and Ana Holm held talks in Geneva from March 26.',
    reference: '2015-04-05',
    days: null,
  },
  {
    name: "negative: 'after March 26' is a boundary",
    text: 'Ivan Petrov and Ana Holm held talks in Geneva after March 26.',
    reference: '2015-04-05',
    days: null,
  },
];

describe('events: gatherings dated by a span of days', () => {
  for (const c of cases) {
    it(c.name, () => {
      const talks = extractArticle(caseArticle(c.text), c.reference).events.filter((e) => e.kind === 'TALKS');
      expect(talks).toHaveLength(1);
      const when = talks[0]!.when;
      expect(when ? [when.earliest, when.latest] : null).toEqual(c.days);
    });
  }
});
