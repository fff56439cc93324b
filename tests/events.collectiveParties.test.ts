// A body's summit named only by a collective (issue 13): "EU leaders ... at a summit", "the EU leaders'
// summit", "the leaders" pointing back to EU leaders, or a clause naming no one after a sentence that
// opens with a body's leaders, take the body as the summit's party; but a body and a place recur every
// few months, so the summit is an event only when told as done on a date of its own clause. Plans,
// undated summits, "world leaders", a summit of another body and a subject that names someone give no
// such party. Sentences of our own, each pattern with cases that must not match.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const EU = 'organization:european-union';
const NATO = 'organization:nato';

const cases: EventCase[] = [
  {
    name: "'EU leaders' as the subject of the summit's clause, with a day of that clause: the union's summit",
    text: 'EU leaders approved the fishing accord at a summit in Brussels on Sunday.',
    reference: '2016-05-23',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2016-05-22', participants: [EU], place: 'place:brussels' }],
  },
  {
    name: "a possessor: 'the NATO leaders' summit in Madrid on Tuesday'",
    text: "The alliance adopted its plan at the NATO leaders' summit in Madrid on Tuesday.",
    reference: '2016-05-25',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2016-05-24', participants: [NATO], place: 'place:madrid' }],
  },
  {
    name: "an anaphor: 'the leaders' two sentences after 'EU leaders'",
    text: 'EU leaders arrived in Brussels for a week of budget work. Their aides had prepared for months. The leaders signed the budget at a summit in Brussels on Sunday.',
    reference: '2016-05-23',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2016-05-22', participants: [EU] }],
  },
  {
    name: "a clause that names no one takes the body whose leaders open the sentence before ('an emergency summit ... on Wednesday')",
    text: 'The European Union leaders and the Norwegian government have settled the fishing quarrel. The settlement, which came after an emergency summit in Brussels on Wednesday night, ends a long dispute.',
    reference: '2016-05-26',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2016-05-25TNI', participants: [EU], place: 'place:brussels' }],
  },
  {
    name: "a month of the summit's own clause is date enough: 'at a summit in March'",
    text: 'EU leaders approved the fishing accord at a summit in March.',
    reference: '2016-05-23',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2016-03', participants: [EU] }],
  },
  {
    name: 'negative: no date in the clause (a body and a place recur every few months): a mention without parties',
    text: 'EU leaders approved the fishing accord at a summit in Brussels.',
    reference: '2016-05-23',
    expect: [],
  },
  {
    name: "negative: a plan ('EU leaders will meet again at their regular summit in June') gives no party",
    text: 'EU leaders will review the accord at their regular summit in June.',
    reference: '2016-05-23',
    expect: [],
  },
  {
    name: 'negative: a weekday of a page whose date is unknown resolves to no day, so no event',
    text: 'EU leaders approved the fishing accord at a summit in Brussels on Sunday.',
    reference: '',
    expect: [],
  },
  {
    name: "negative: 'world leaders' name no body",
    text: 'World leaders discussed the famine at a summit in New York on Tuesday.',
    reference: '2016-09-21',
    expect: [],
  },
  {
    name: "negative: 'the leaders of the world' name no body either",
    text: 'The leaders of the world endorsed the famine plan at a summit in Rome on Sunday.',
    reference: '2016-05-23',
    expect: [],
  },
  {
    name: "negative: a past summit referred to by name without a date ('since the Salzburg summit') gets no party",
    text: 'EU leaders have hardened their line on the border since the Salzburg summit.',
    reference: '2018-10-02',
    expect: [],
  },
  {
    name: "negative: 'the leaders' with no body before them, and no body opening the sentence before",
    text: 'The weather was cold. The leaders signed the budget at a summit in Brussels on Sunday.',
    reference: '2016-05-23',
    expect: [],
  },
  {
    name: "negative: a summit of another body keeps that body ('the G20 summit'), not the EU leaders of the clause",
    text: 'EU leaders praised the climate pledge at the G20 summit in Osaka on Saturday.',
    reference: '2016-05-23',
    expect: [{ kind: 'SUMMIT', status: 'OCCURRED', when: '2016-05-21', participants: ['organization:group-of-20'] }],
  },
  {
    name: "negative: a summit told in passing ('on the sidelines of a summit') is none the collective attends",
    text: 'EU leaders met the Norwegian fishermen on the sidelines of a summit in Brussels on Sunday.',
    reference: '2016-05-23',
    expect: [],
  },
  {
    name: 'negative: a subject that names someone is no collective; the sentence before gives no body to it',
    text: 'EU leaders had a plan. Ivan Petrov praised the plan at a summit in Brussels on Sunday.',
    reference: '2016-05-23',
    expect: [],
  },
];

describe('events: a summit whose parties are a collective is the body it names, when dated by its own clause', () => {
  for (const c of cases) it(c.name, () => expectEvents(c, extractArticle(caseArticle(c.text), c.reference || null)));

  it('the event records the rule that gave its parties', () => {
    const x = extractArticle(caseArticle(cases[0]!.text), cases[0]!.reference);
    expect(x.events[0]!.extractor).toMatch(/events\/collectiveParties$/);
  });

  it('an undated summit of a collective stays the mention it was, with no parties and no trace of the rule', () => {
    const x = extractArticle(caseArticle('EU leaders approved the fishing accord at a summit in Brussels.'), '2016-05-23');
    expect(x.events).toHaveLength(0);
    expect(x.eventMentions.filter((m) => m.participants.length > 0)).toHaveLength(0);
  });
});
