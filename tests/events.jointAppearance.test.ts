// Appearing together before the press is meeting (issue 13): "a joint press conference with B",
// "A and B made a joint appearance", "a news conference with B" make a meeting of those
// who appear; a body in the title of the person after it ("EU foreign policy chief B") is her office,
// not a party. Sentences of our own. Negatives: a joint appearance still ahead is planned; a news
// conference alone is one side's ("told a news conference"), and a joint statement is a text, not
// a gathering.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const PETROV = 'person:ivan-petrov';
const HOLM = 'person:ana-holm';

const cases: EventCase[] = [
  {
    name: "'At a joint press conference with B in <city> on Tuesday, A said ...': A and B met that day",
    text: 'At a joint press conference with Ivan Petrov in Oslo on Tuesday, Ana Holm said the talks had gone well.',
    reference: '2021-03-20',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2021-03-16', participants: [PETROV, HOLM], place: 'place:oslo' }],
  },
  {
    name: "'A and B made a joint appearance in <city> on Tuesday'",
    text: 'Ivan Petrov and Ana Holm made a joint appearance in Oslo on Tuesday.',
    reference: '2021-03-20',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2021-03-16', participants: [PETROV, HOLM], place: 'place:oslo' }],
  },
  {
    name: "'A held a news conference with B in <city> on Tuesday'",
    text: 'Ivan Petrov held a news conference with Ana Holm in Oslo on Tuesday.',
    reference: '2021-03-20',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2021-03-16', participants: [PETROV, HOLM] }],
  },
  {
    name: "a caption 'A (R) and EU foreign policy chief B at a joint press conference': the officer is the party, not the body; the bracket keeps the pair",
    text: 'Ivan Petrov (R) and EU foreign policy chief Ana Holm at a joint press conference in Oslo on March 16, 2021.',
    reference: '2021-03-20',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2021-03-16', participants: [PETROV, HOLM] }],
  },
  {
    name: "negative: 'A and the EU met': a body with no officer after it stays a party",
    text: 'Ivan Petrov and the EU met in Oslo on Tuesday.',
    reference: '2021-03-20',
    expect: [{ kind: 'MEETING', status: 'OCCURRED', when: '2021-03-16', participants: [PETROV, 'organization:european-union'] }],
  },
  {
    name: "negative: 'will hold a joint press conference with B': planned",
    text: 'Ivan Petrov will hold a joint press conference with Ana Holm in Oslo on Tuesday.',
    reference: '2021-03-13',
    expect: [{ kind: 'MEETING', status: 'PLANNED', when: '2021-03-16', participants: [PETROV, HOLM] }],
  },
];

describe('events: joint appearances before the press', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference)));
  for (const text of ['Ivan Petrov told a news conference in Oslo on Tuesday that Ana Holm was wrong.', 'Ivan Petrov and Ana Holm issued a joint statement on Tuesday.']) {
    it(`negative: '${text}' is no meeting`, () => {
      const x = extractArticle(caseArticle(text), '2021-03-20');
      expect(x.events.filter((e) => e.kind === 'MEETING')).toEqual([]);
      expect(x.eventMentions.filter((e) => e.kind === 'MEETING')).toEqual([]);
    });
  }
});
