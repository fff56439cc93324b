// The head of a country's delegation takes part in the gathering the delegation went to (issue 13):
// "the Chilean delegation was led by X", "X will head the Chilean delegation at the talks", "the head
// of the Norwegian delegation, X" put X beside the country in the talks told in the same sentence or
// up to two before. Sentences of our own, each pattern with cases that must not match (a delegation
// told in the future for talks told as done, a country that is no party, a delegation told too far
// from the talks, a name in the possessive, a spokesman).
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const NO = 'country:norway';
const CL = 'country:chile';
const HOLM = 'person:ana-holm';
const PETROV = 'person:ivan-petrov';
const TALKS = 'Norway and Chile held talks in Oslo on Monday.';

const cases: EventCase[] = [
  {
    name: "'the Chilean delegation was led by X' after the talks: X takes part beside the countries",
    text: `${TALKS} The Chilean delegation was led by Ana Holm, a director at the foreign ministry.`,
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL, HOLM] }],
  },
  {
    name: "'the head of the Norwegian delegation, Deputy Minister X' two sentences after the talks",
    text: `${TALKS} The two sides discussed fishing rights. The head of the Norwegian delegation, Deputy Minister Ivan Petrov, said progress was made.`,
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL, PETROV] }],
  },
  {
    name: "'X, head of the Chilean delegation,' (the office after the name)",
    text: `${TALKS} Ana Holm, head of the Chilean delegation, said progress was made.`,
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL, HOLM] }],
  },
  {
    name: "'X, a director at the ministry, will head the Chilean delegation': a planned round takes its future head",
    text: 'Norway and Chile will hold talks in Oslo on March 23. Ana Holm, a director at the foreign ministry, will head the Chilean delegation.',
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'PLANNED', when: '2015-03-23', participants: [NO, CL, HOLM] }],
  },
  {
    name: 'negative: a delegation told in the future heads no talks told as done',
    text: `${TALKS} Ana Holm will lead the Chilean delegation in May.`,
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL] }],
  },
  {
    name: 'negative: a head told after another round belongs to that round, not to the talks told before it',
    text: `${TALKS} Norway and Chile will hold a second round of talks in Santiago on March 23. Ana Holm will head the Chilean delegation.`,
    reference: '2015-03-20',
    expect: [
      { kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL] },
      { kind: 'TALKS', status: 'PLANNED', when: '2015-03-23', participants: [NO, CL, HOLM] },
    ],
  },
  {
    name: 'negative: the delegation of a country that is no party of the talks',
    text: `${TALKS} The Peruvian delegation was led by Ana Holm.`,
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL] }],
  },
  {
    name: 'negative: a delegation told three sentences after the talks',
    text: `${TALKS} The two sides discussed fishing rights. They agreed on quotas. Years ago, the Chilean delegation was led by Ana Holm.`,
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL] }],
  },
  {
    name: "negative: a name in the possessive ('led by President X's adviser') is not the head",
    text: `${TALKS} The Chilean delegation was led by President Ivan Petrov's adviser.`,
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL] }],
  },
  {
    name: 'negative: a spokesman speaking of the delegation heads nothing',
    text: `${TALKS} Chilean spokesman Ana Holm said the delegation was pleased.`,
    reference: '2015-03-20',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2015-03-16', participants: [NO, CL] }],
  },
];

describe('events: the head of a delegation takes part in its talks', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
});
