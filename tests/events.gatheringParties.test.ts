// Who is in a gathering, and where it was (issue 13). Sentences of our own, each pattern with a case
// that must not match: a group's gathering ("the contact group meeting", "an EU leaders summit") is
// not a meeting of the people told arriving at it; calls in the plural, undated ("in phone
// conversations with A, B and C in recent weeks") are several calls, no one event; a place that
// qualifies a settlement ("the Pacific port city of Valparaiso") is not the venue; a place told
// before a subordinating word ("met B in Oslo after his meeting with C") is the main clause's; "a
// meeting with C ..., as the two men huddled" is C's with the one named last before; "an invitation
// from B to the summit" names no pair of the summit.
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const PETROV = 'person:ivan-petrov';
const HOLM = 'person:ana-holm';
const DAHL = 'person:lena-dahl';
const REF = '2031-05-09';

const cases: EventCase[] = [
  {
    name: "'A and B have arrived at the contact group meeting': the group's meeting, not one of A and B",
    text: 'Ivan Petrov and Ana Holm have arrived at the contact group meeting in Oslo.',
    reference: REF,
    expect: [],
  },
  {
    name: "'A and B arrive ... during a European Union leaders summit': the body's summit, A and B not its pair",
    text: 'Ivan Petrov and Ana Holm arrive for a group photo during a European Union leaders summit in Brussels on May 6.',
    reference: REF,
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2031-05-06', place: 'place:brussels', participants: ['organization:european-union'] }],
  },
  {
    name: "negative: 'A and B held a meeting in Oslo': a meeting of their own",
    text: 'Ivan Petrov and Ana Holm held a meeting in Oslo on May 6.',
    reference: REF,
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2031-05-06', place: 'place:oslo', participants: [PETROV, HOLM] }],
  },
  {
    name: "negative: 'the two leaders' summit': a modifier that counts people names no group",
    text: 'Ivan Petrov and Ana Holm attended the two leaders’ summit in Oslo on May 6.',
    reference: REF,
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2031-05-06', place: 'place:oslo', participants: [PETROV, HOLM] }],
  },
  {
    name: "'in phone conversations with A, B and C in recent weeks': several calls, undated, no event",
    text: 'Omar Rafi voiced the idea in phone conversations with Ivan Petrov, Ana Holm and Lena Dahl in recent weeks.',
    reference: REF,
    expect: [],
  },
  {
    name: "negative: 'held phone conversations with A on May 6': a dated call is one",
    text: 'Omar Rafi held phone conversations with Ana Holm on May 6.',
    reference: REF,
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2031-05-06', participants: ['person:omar-rafi', HOLM] }],
  },
  {
    name: "'in the Pacific port city of Valparaiso': the settlement is the venue, not the place qualifying it",
    text: 'Chilean President Ivan Petrov met Norwegian Prime Minister Ana Holm in the Pacific port city of Valparaiso on May 6.',
    reference: REF,
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2031-05-06', place: 'place:valparaiso', participants: [PETROV, HOLM] }],
  },
  {
    name: "'met B in Oslo ... after his meeting with C in Stockholm': each meeting keeps its own place",
    text: 'Ivan Petrov met Ana Holm in Oslo on May 6 after his meeting with Lena Dahl in Stockholm.',
    reference: REF,
    expect: [
      { kind: 'MEETING', status: 'OCCURRED', when: '2031-05-06', place: 'place:oslo', participants: [PETROV, HOLM] },
      { kind: 'MEETING', status: 'OCCURRED', place: 'place:stockholm', participants: [PETROV, DAHL] },
    ],
  },
  {
    name: "negative: 'In Stockholm, A held a meeting with C': a fronted place with no subordinating word before the trigger is its own",
    text: 'In Stockholm, Ivan Petrov held a meeting with Lena Dahl on May 5.',
    reference: REF,
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2031-05-05', place: 'place:stockholm', participants: [PETROV, DAHL] }],
  },
  {
    name: "'A meeting ... with C ..., as the two men huddled': the other of the two is the one named last before",
    text: 'Ivan Petrov flew to Chile. A meeting on May 6 at the airport lounge in Santiago with Foreign Minister Lena Dahl gave some hope, as the two men huddled together.',
    reference: REF,
    expect: [
      { kind: 'VISIT', status: 'OCCURRED', place: 'country:chile', participants: [PETROV, 'country:chile'] },
      { kind: 'MEETING', status: 'OCCURRED', when: '2031-05-06', place: 'place:santiago', participants: [PETROV, DAHL] },
    ],
  },
  {
    name: "negative: 'A meeting ... with C gave some hope': one person named and no 'the two', no meeting",
    text: 'Ivan Petrov flew to Chile. A meeting on May 6 at the airport lounge in Santiago with Foreign Minister Lena Dahl gave some hope.',
    reference: REF,
    expect: [{ kind: 'VISIT', status: 'OCCURRED', place: 'country:chile', participants: [PETROV, 'country:chile'] }],
  },
  {
    name: "negative: 'the summit with C ..., where the two leaders agreed': 'leaders' does not say who the other was",
    text: 'Ivan Petrov flew to Chile. The deal follows the summit on May 6 with Foreign Minister Lena Dahl in Santiago, where the two leaders agreed to talk again.',
    reference: REF,
    expect: [{ kind: 'VISIT', status: 'OCCURRED', place: 'country:chile', participants: [PETROV, 'country:chile'] }],
  },
  {
    name: "'A received a formal invitation from B to the summit': the summit told elsewhere, not one of A and B",
    text: 'On Monday, Ivan Petrov received a formal invitation from Lena Dahl to the summit.',
    reference: REF,
    expect: [],
  },
  {
    name: "negative: 'A accepted an invitation to the summit with B': a summit whose party is told is the two's",
    text: 'Ivan Petrov accepted an invitation to the summit with Lena Dahl in Oslo on May 6.',
    reference: REF,
    expect: [{ kind: 'SUMMIT', status: 'PLANNED', place: 'place:oslo', participants: [PETROV, DAHL] }],
  },
];

describe('events: parties and places of gatherings', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});
