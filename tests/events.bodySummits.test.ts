// Summits named by their body or occasion (issue 13): "the summit of EU leaders", "an EU leaders'
// summit" take the body as a party; a gathering that "has ended" in a dated article ended by the
// day of writing (the news perfect); a country that only locates the summit ("in Austria", "the
// capital of Ecuador") is no party; a summit a speaker spoke from ("said from the G20 summit") is
// where the words were said, not news of the summit. Sentences of our own, each pattern with a
// case that must not match (another tense, a negation, a body's farmers, a trip from a summit).
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const EU = 'organization:european-union';
const G20 = 'organization:group-of-20';

const cases: EventCase[] = [
  {
    name: "'the summit of EU leaders in Austria has ended': the body, dated by the news perfect; Austria only locates it",
    text: 'The informal summit of EU leaders in Austria has ended without a deal on trade.',
    reference: '2018-09-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2018-09-20', participants: [EU] }],
  },
  {
    name: "negative: 'ended' in the simple past gives no day of its own (a mention)",
    text: 'The informal summit of EU leaders in Austria ended without a deal on trade.',
    reference: '2018-09-20',
    expect: [{ mention: true, kind: 'SUMMIT', status: 'OCCURRED', when: null, participants: [EU] }],
  },
  {
    name: "negative: 'has not ended' is no end",
    text: 'The informal summit of EU leaders in Austria has not ended yet.',
    reference: '2018-09-20',
    expect: [{ mention: true, kind: 'SUMMIT', status: 'OCCURRED', when: null }],
  },
  {
    name: "'talks have wrapped up' between two named parties in a dated article",
    text: 'Talks between Ivan Petrov and Ana Holm have wrapped up in Geneva.',
    reference: '2021-03-04',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2021-03-04', participants: ['person:ivan-petrov', 'person:ana-holm'], place: 'place:geneva' }],
  },
  {
    name: "negative: 'had ended' (a pluperfect) is not tied to the day of writing",
    text: 'Talks between Ivan Petrov and Ana Holm had ended in Geneva before the vote.',
    reference: '2021-03-04',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: null, participants: ['person:ivan-petrov', 'person:ana-holm'] }],
  },
  {
    name: "'an EU leaders' summit in Brussels on March 19': the body whose leaders meet",
    text: 'An EU leaders’ summit in Brussels on March 19 agreed to link the sanctions to the ceasefire.',
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU], place: 'place:brussels' }],
  },
  {
    name: "negative: 'a summit of EU farmers' names no leaders of the body (no event)",
    text: 'A summit of EU farmers in Brussels on March 19 drew large crowds.',
    reference: '2015-03-20',
    expect: [],
  },
  {
    name: "a country that a capital is of locates the summit: 'in Quito, the capital of Ecuador'",
    text: 'The summit in Quito, the capital of Ecuador, on Friday brought Cuba and Peru together.',
    reference: '2015-04-12',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-04-10', participants: ['country:cuba', 'country:peru'] }],
  },
  {
    name: 'negative: a country listed as a party stays one',
    text: 'The summit on Friday brought Cuba, Peru and Ecuador together.',
    reference: '2015-04-12',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-04-10', participants: ['country:cuba', 'country:peru', 'country:ecuador'] }],
  },
  {
    name: "'said Thursday from the Group of 20 summit': where the words were said, no summit event",
    text: 'Foreign Minister Ana Holm said Thursday from the Group of 20 summit in Buenos Aires that the freeze takes effect at once.',
    reference: '2018-11-30',
    expect: [{ mention: true, kind: 'SUMMIT', status: 'OCCURRED' }],
  },
  {
    name: "negative: 'attended the Group of 20 summit' is the summit, with its attendee",
    text: 'Ana Holm attended the Group of 20 summit in Buenos Aires on Thursday.',
    reference: '2018-11-30',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2018-11-29', participants: [G20, 'person:ana-holm'] }],
  },
];

describe('events: summits named by their body or occasion', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
});
