// Trips that are no visit of their own: made to attend a gathering of many sides (attendanceTrips), or
// hosted by no one (hostlessTrip: a region, the visitor's own capital). Sentences of our own; each rule
// with cases that must not fire: a trip whose visitor meets someone there, a ceremony the destination
// holds, a purpose that is no gathering, motion of no person.
import { describe, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const XI = 'person:xi-jinping';
const KERRY = 'person:john-kerry';

const cases: EventCase[] = [
  {
    name: "'arrived in <place> to attend the conference', no day of its own: the gathering's attendance, a mention",
    text: 'Chinese President Xi Jinping has arrived in Bali, Indonesia, to attend the conference.',
    reference: '2022-11-14',
    expect: [{ mention: true, kind: 'VISIT', status: 'OCCURRED' }],
  },
  {
    name: "'travels to <city> to participate in the Summit of ...': a mention",
    text: 'President Barack Obama travels to Lima, Peru, to participate in the annual Summit of the Pacific States.',
    reference: '2016-11-18',
    expect: [{ mention: true, kind: 'VISIT', status: 'OCCURRED' }],
  },
  {
    name: "'flew to <city> to take part in the talks': a mention",
    text: 'Secretary of State John Kerry flew to Geneva to take part in the talks.',
    reference: '2013-11-09',
    expect: [{ mention: true, kind: 'VISIT', status: 'OCCURRED' }],
  },
  {
    name: "negative: 'is to fly to <city> to attend a forum on Friday': a day of its own keeps the trip a visit",
    text: 'Chinese President Xi Jinping is to fly to Jakarta to attend a forum on trade on Friday.',
    reference: '2019-04-24',
    expect: [{ kind: 'VISIT', status: 'PLANNED', when: '2019-04-26', roles: { visitor: XI, host: 'country:indonesia' } }],
  },
  {
    name: "negative: 'to attend a ceremony' is a visit the destination's side holds",
    text: 'Secretary of State John Kerry will travel to Havana on Friday to attend a flag ceremony.',
    reference: '2015-08-12',
    expect: [{ kind: 'VISIT', status: 'PLANNED', when: '2015-08-14', participants: [KERRY, 'country:cuba'], roles: { visitor: KERRY, host: 'country:cuba' } }],
  },
  {
    name: "negative: a purpose that is no gathering ('to raise the flag') leaves the visit",
    text: 'Secretary of State John Kerry travelled to Havana on Friday to raise the flag.',
    reference: '2015-08-15',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2015-08-14', roles: { visitor: KERRY, host: 'country:cuba' } }],
  },
  {
    name: "negative: 'flew to <city> to meet <host>': a visit to the one met, though a summit follows",
    text: 'Chinese President Xi Jinping flew to Hanoi on Sunday to meet Nguyen Phu Trong.',
    reference: '2017-11-13',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2017-11-12', roles: { visitor: XI } }],
  },
  {
    name: "negative: a trip to attend a meeting whose visitor the page tells meeting a person of the host country stays a visit",
    text: 'Secretary of State John Kerry flew to Reykjavik on Monday to attend the Arctic ministerial. On Tuesday Kerry met Icelandic Prime Minister Bjarni Benediktsson in Reykjavik.',
    reference: '2017-05-10',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2017-05-08', roles: { visitor: KERRY, host: 'country:iceland' } }, { kind: 'MEETING', status: 'OCCURRED' }],
  },
  {
    name: "'arrived in Asia': a region hosts no visit",
    text: 'President Barack Obama arrived in Asia on Saturday after the election.',
    reference: '2014-11-09',
    expect: [],
  },
  {
    name: "'arrived in <own capital>': a return hosted by no one is no visit",
    text: 'President Barack Obama arrived in Washington on Saturday.',
    reference: '2014-11-09',
    expect: [],
  },
  {
    name: "negative: 'the plane landed in <city>': motion of no person is no trip",
    text: 'The plane landed in Havana on Monday.',
    reference: '2016-03-23',
    expect: [],
  },
];

describe('events: trips that are no visit of their own', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});
