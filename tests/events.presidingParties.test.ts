// Who presided over a gathering or headed a side at it takes part in it (presidingParties, issue 13).
// Sentences of our own: "A, who chaired the summit", "presided over the talks", "led the talks",
// "as he headed Norway's delegation at the summit" (with the country of the delegation); not a plan,
// a negation or a governed verb ("will chair", "did not chair", "agreed to chair"), and not "head" or
// "lead" with no delegation of the subject's ("headed to the summit", "the dispute led to talks").
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const PETROV = 'person:ivan-petrov';
const HOLM = 'person:ana-holm';
const REF = '2031-05-09';

const cases: EventCase[] = [
  {
    name: "'A, who chaired the summit in Oslo on May 6, said': A took part",
    text: 'Chilean President Ivan Petrov, who chaired the summit in Oslo on May 6, said the talks went well.',
    reference: REF,
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2031-05-06', place: 'place:oslo', participants: [PETROV] }],
  },
  {
    name: "'A presided over the talks': A took part",
    text: 'Ana Holm presided over the talks in Oslo on May 6.',
    reference: REF,
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2031-05-06', place: 'place:oslo', participants: [HOLM] }],
  },
  {
    name: "'A led the talks': A took part",
    text: 'Ana Holm led the talks in Oslo on May 6.',
    reference: REF,
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2031-05-06', place: 'place:oslo', participants: [HOLM] }],
  },
  {
    name: "'as he headed Norway's delegation at the summit': the pronoun's person and the delegation's country took part",
    text: "Ivan Petrov spoke of unity as he headed Norway's delegation at the summit in Oslo on May 6.",
    reference: REF,
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2031-05-06', place: 'place:oslo', participants: [PETROV, 'country:norway'] }],
  },
  {
    name: "negative: 'will chair the summit': a plan names no one who took part",
    text: 'Ivan Petrov will chair the summit in Oslo on May 6.',
    reference: REF,
    expect: [],
  },
  {
    name: "negative: 'did not chair the summit'",
    text: 'Ivan Petrov did not chair the summit in Oslo on May 6.',
    reference: REF,
    expect: [],
  },
  {
    name: "negative: 'agreed to chair the summit': a governed verb",
    text: 'Ivan Petrov agreed to chair the summit in Oslo on May 6.',
    reference: REF,
    expect: [],
  },
  {
    name: "negative: 'headed to the summit': going there heads no side",
    text: 'Ivan Petrov headed to the summit in Oslo on May 6.',
    reference: REF,
    expect: [],
  },
  {
    name: "negative: 'the dispute led to talks': no one led them",
    text: 'The dispute led to talks in Oslo on May 6.',
    reference: REF,
    expect: [],
  },
];

describe('who presided over a gathering or headed a side at it', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
});
