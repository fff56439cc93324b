// Rounds of talks and their negotiators (issue 13): "talks between A, B and C extended into their
// sixth hour Friday evening" is one round with its three negotiators and its day, however long the
// list with its lower-case titles ("US secretary of state B"); the same talks as the subject of a
// future verb ("were expected to continue on Saturday") are still ahead; a place that only qualifies
// the people of the clause's subject ("Texas state officials were present at the talks") is not where
// the talks were held, nor does a time that qualifies it ("Norway's 2019 delegation"); one
// named side that joined talks ("A and ministers of four other states joined talks on Saturday") is in
// them, when the joining is told as done. Sentences of our own, each pattern with a case that must not match.
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const PETROV = 'person:ivan-petrov';
const HOLM = 'person:ana-holm';
const DAHL = 'person:lena-dahl';

const cases: EventCase[] = [
  {
    name: "'talks between A, B of C and D extended into ... Friday evening': the subject is the talks, the day comes after the verb",
    text: 'Lengthy talks between Chilean foreign minister Ivan Petrov, Norwegian secretary of state Ana Holm and EU foreign minister Lena Dahl extended into their sixth hour Friday evening.',
    reference: '2020-12-12',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2020-12-11TEV', participants: [PETROV, HOLM, DAHL] }],
  },
  {
    name: "'talks between A and B dragged on into Tuesday night': a verb of going on makes the talks take place",
    text: 'The talks between Ivan Petrov and Ana Holm dragged on into Tuesday night.',
    reference: '2020-12-12',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2020-12-08TNI', participants: [PETROV, HOLM] }],
  },
  {
    name: "negative: 'talks between A, B and C were expected to continue on Saturday': still ahead, however long the list",
    text: 'Talks between Chilean foreign minister Ivan Petrov, Norwegian secretary of state Ana Holm and Lena Dahl were expected to continue on Saturday.',
    reference: '2020-12-09',
    expect: [{ kind: 'TALKS', status: 'PLANNED', when: '2020-12-12', participants: [PETROV, HOLM, DAHL] }],
  },
  {
    name: "'talks between A and B continued on Saturday': the same verb told in the past took place",
    text: 'Talks between Ivan Petrov and Ana Holm continued on Saturday.',
    reference: '2020-12-09',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2020-12-05', participants: [PETROV, HOLM] }],
  },
  {
    name: "negative: 'A, B and Texas state officials were present at the talks': a place qualifying the subject's people is no venue",
    text: 'Ivan Petrov, Ana Holm and Texas state officials were present at the talks.',
    reference: '2020-12-12',
    expect: [{ mention: true, kind: 'TALKS', status: 'OCCURRED', participants: [PETROV, HOLM] }],
  },
  {
    name: "'A, B and Texas state officials were present at the talks in Houston': the venue the clause names stands",
    text: 'Ivan Petrov, Ana Holm and Texas state officials were present at the talks in Houston.',
    reference: '2020-12-12',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', place: 'place:houston', participants: [PETROV, HOLM] }],
  },
  {
    name: "'A and foreign ministers of four other states joined talks on Saturday': the one named side that joined is in them, the 'of' phrase inside the subject",
    text: 'Ivan Petrov and foreign ministers of four other states joined talks on the disputed border on Saturday.',
    reference: '2020-12-10',
    expect: [{ kind: 'TALKS', status: 'OCCURRED', when: '2020-12-05', participants: [PETROV] }],
  },
  {
    name: "negative: 'A made plans to attend the talks on Saturday', 'A did not attend the talks on Saturday': no lone party joined",
    text: 'Ivan Petrov made last-minute plans to attend the talks on Saturday. Ana Holm did not attend the talks on Saturday.',
    reference: '2020-12-10',
    expect: [],
  },
  {
    name: "negative: 'A discussed the talks on Saturday': a verb that only speaks of a gathering puts no one in it",
    text: 'Ivan Petrov discussed the talks on Saturday.',
    reference: '2020-12-10',
    expect: [],
  },
  {
    name: "'A and Norway's 2019 delegation were present at the meeting with B in Oslo on May 19': a time qualifying the subject's noun does not date the meeting",
    text: 'Ivan Petrov and Norway’s 2019 delegation were present at the council’s ministerial meeting with Ana Holm in Oslo on May 19.',
    reference: '2021-05-25',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2021-05-19', place: 'place:oslo', participants: [PETROV, HOLM] }],
  },
];

describe('events: rounds of talks and their negotiators', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});
