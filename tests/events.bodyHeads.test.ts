// A body's summit is chaired by the body's head (issue 13): a person the article titles as the head of
// the body ("European Council President X", "X, the president of the European Council", "X, president of the
// European council") takes part in
// the body's summit; a union's council heads the union's summits. Sentences of our own, each with a
// case that must not match (another body's head, a head word that is no head of the body, no summit).
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const EU = 'organization:european-union';
const SUMMIT = 'EU leaders met at a European Union summit in Brussels on Thursday.';

const cases: EventCase[] = [
  {
    name: "'European Council President X' takes part in the union's summit",
    text: `${SUMMIT} European Council President Ivan Petrov said the leaders agreed on the budget.`,
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU, 'person:ivan-petrov'], place: 'place:brussels' }],
  },
  {
    name: "'X, the president of the European Council' (the title after the name) takes part too",
    text: `${SUMMIT} Ivan Petrov, the president of the European Council, said the leaders agreed on the budget.`,
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU, 'person:ivan-petrov'] }],
  },
  {
    name: "'European Council chief X': every head word of a body's office list (offices.json bodyTitles) names its head",
    text: `${SUMMIT} European Council chief Ivan Petrov said the leaders agreed on the budget.`,
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU, 'person:ivan-petrov'] }],
  },
  {
    name: "negative: the head of another of the union's bodies ('European Commission President') is no head of its summit",
    text: `${SUMMIT} European Commission President Ivan Petrov said the leaders agreed on the budget.`,
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU] }],
  },
  {
    name: "negative: a person named beside the body without a head word ('European Council spokesman') takes no part",
    text: `${SUMMIT} European Council spokesman Ivan Petrov said the leaders agreed on the budget.`,
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU] }],
  },
  {
    name: "'X, president of the European council,' with the body in lower case (no name the tagger reads) takes part too",
    text: `${SUMMIT} Ivan Petrov, president of the European council, said the leaders agreed on the budget.`,
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU, 'person:ivan-petrov'] }],
  },
  {
    name: "negative: a one-word name after the title is a country, not the body ('X, president of Latvia,')",
    text: `${SUMMIT} Ivan Petrov, president of Latvia, said the leaders agreed on the budget.`,
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU] }],
  },
  {
    name: "negative: a body written all in lower case names none ('X, president of the council of elders,')",
    text: `${SUMMIT} Ivan Petrov, president of the council of elders, said the leaders agreed on the budget.`,
    reference: '2015-03-20',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2015-03-19', participants: [EU] }],
  },
  {
    name: 'negative: a head of the body and no summit of it makes no event',
    text: 'European Council President Ivan Petrov said on Thursday that the budget was agreed.',
    reference: '2015-03-20',
    expect: [],
  },
];

describe('events: the head of a body takes part in its summit', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
});
