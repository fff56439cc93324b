// A post quoted with its signature ("... — Name (@handle) October 10, 2019", the text of an
// embedded tweet) dates what it tells in the present to the day it was posted (issue 13).
// Sentences of our own: the present perfect, "will now", and cases that must not take the day
// (a post in the simple past, a plain future, a date that signs nothing).
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const PETROV = 'person:ivan-petrov';
const HOLM = 'person:ana-holm';

const cases: EventCase[] = [
  {
    name: "'has arrived ... for talks with B — A reporter (@handle) October 10, 2019': the talks that day",
    text: 'NEW: Ivan Petrov has arrived in Geneva for talks with Ana Holm pic.twitter.com/abc123 — Lena Dahl (@lenadahl) October 10, 2019',
    reference: '2019-10-12',
    expect: [
      { kind: 'VISIT', status: 'OCCURRED', when: '2019-10-10', participants: [PETROV], place: 'place:geneva' },
      { kind: 'TALKS', status: 'OCCURRED', when: '2019-10-10', participants: [PETROV, HOLM] },
    ],
  },
  {
    name: "'will now meet' in a signed post: planned for the day of the post",
    text: 'The ministers have agreed. Ivan Petrov will now meet Ana Holm in Geneva. — Lena Dahl (@lenadahl) April 10, 2019',
    reference: '2019-04-12',
    expect: [{ kind: 'MEETING', status: 'PLANNED', when: '2019-04-10', participants: [PETROV, HOLM] }],
  },
  {
    name: "negative: a post in the plain future ('will meet') says nothing of the day",
    text: 'Ivan Petrov will meet Ana Holm in Geneva. — Lena Dahl (@lenadahl) April 10, 2019',
    reference: '2019-04-12',
    expect: [{ kind: 'MEETING', status: 'PLANNED', when: null, participants: [PETROV, HOLM] }],
  },
  {
    name: "negative: a post in the simple past ('met') may tell of any earlier day",
    text: 'Ivan Petrov met Ana Holm in Geneva. — Lena Dahl (@lenadahl) April 10, 2019',
    reference: '2019-04-12',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: null, participants: [PETROV, HOLM] }],
  },
  {
    name: 'negative: a date after a dash with no handle signs no post',
    text: 'Ivan Petrov has arrived in Geneva for talks with Ana Holm — the first round since April 10, 2019',
    reference: '2019-10-12',
    expect: [
      { kind: 'VISIT', status: 'OCCURRED', when: null, participants: [PETROV], place: 'place:geneva' },
      { mention: true, kind: 'TALKS', status: 'OCCURRED', when: null, participants: [PETROV, HOLM] },
    ],
  },
];

describe('events: the day a signed post was written', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
});
