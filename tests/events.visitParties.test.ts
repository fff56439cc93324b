// Visitors, hosts and days of visits told with a fronted time and a purpose (issue 13); the one met
// in a clause a visit is the setting of ("met C during his visit to X") hosts it; "his meeting with
// Emirati leaders in the UAE" is a visit the UAE hosts. Sentences of
// our own, each pattern with a case that must not match: "On Thursday, A and B paid a visit to X to
// meet with C" makes A and B visitors, C the host, Thursday the day; the one met in the purpose
// clause is its host even though that clause is not the visit's own; a fronted phrase that nests
// another ("Following his setback in Hanoi, A traveled ...") keeps its place to itself.
import { describe, expect, it } from 'vitest';
import { analyseClauses } from '../src/extract/clauses/analyseClauses.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { caseArticle, expectEvents, type EventCase } from './events.support.js';

const MERKEL = 'person:angela-merkel';
const HOLLANDE = 'person:francois-hollande';
const POROSHENKO = 'person:petro-poroshenko';
const REF = '2015-02-07';
const NETANYAHU = 'person:benjamin-netanyahu';
const MBZ = 'person:mohammed-bin-zayed-alnahyan';
const UAE = 'country:united-arab-emirates';
const SABAH = 'person:sabah-alahmad-alsabah';
const TAMIM = 'person:tamim-bin-hamad-althani';

const cases: EventCase[] = [
  {
    name: "'On Thursday, A and B paid a visit to X to meet with C': both visit, C hosts, on Thursday",
    text: 'On Thursday, German Chancellor Angela Merkel and French President Francois Hollande paid a brief visit to Kiev to meet with Ukrainian President Petro Poroshenko.',
    reference: REF,
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2015-02-05', place: 'place:kiev', participants: [MERKEL, HOLLANDE, POROSHENKO], roles: { host: POROSHENKO } }],
  },
  {
    name: "'A and B' told by surname after their full names: each is a visitor once",
    text: 'German Chancellor Angela Merkel and French President Francois Hollande spoke to reporters in Berlin. On Thursday, Merkel and Hollande paid a brief visit to Kiev to meet with Ukrainian President Petro Poroshenko.',
    reference: REF,
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2015-02-05', place: 'place:kiev', participants: [MERKEL, HOLLANDE, POROSHENKO], roles: { host: POROSHENKO } }],
  },
  {
    name: "negative: 'visited X to discuss a plan C will study': no one met, no host",
    text: 'German Chancellor Angela Merkel visited Kiev on Thursday to discuss a plan that Petro Poroshenko will study.',
    reference: REF,
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2015-02-05', place: 'place:kiev', participants: [MERKEL], roles: { visitor: MERKEL } }],
  },
  {
    name: "'met C on Thursday during his first visit to X': the one met in the visit's own clause hosts it",
    text: 'Benjamin Netanyahu met Crown Prince Mohammed bin Zayed Al Nahyan on Thursday during his first official visit to the UAE.',
    reference: '2021-03-12',
    expect: [
      { kind: 'MEETING', status: 'OCCURRED', when: '2021-03-11', participants: [NETANYAHU, MBZ] },
      { kind: 'VISIT', status: 'OCCURRED', place: UAE, participants: [NETANYAHU, MBZ, UAE], roles: { visitor: NETANYAHU, host: MBZ } },
    ],
  },
  {
    name: "negative: 'praised C during his first visit to X': praising is no meeting, so no host",
    text: 'Benjamin Netanyahu praised Crown Prince Mohammed bin Zayed Al Nahyan on Thursday during his first official visit to the UAE.',
    reference: '2021-03-12',
    expect: [{ kind: 'VISIT', status: 'OCCURRED', when: '2021-03-11', place: UAE, participants: [NETANYAHU, UAE], roles: { visitor: NETANYAHU, host: UAE } }],
  },
  {
    name: "'after his meeting with Emirati leaders in the UAE': a visit of the Kuwaiti to the UAE, which hosts",
    text: 'Kuwaiti Emir Sheikh Sabah al-Ahmad Al Sabah met with Qatari Emir Sheikh Tamim bin Hamad Al Thani in Doha on Wednesday after his meeting with Emirati leaders in the UAE earlier in the day.',
    reference: '2017-06-08',
    expect: [
      { kind: 'MEETING', status: 'OCCURRED', place: 'place:doha', participants: [SABAH, TAMIM], roles: { visitor: SABAH, host: TAMIM } },
      { kind: 'MEETING', status: 'OCCURRED', when: '2017-06-07', place: null, participants: [SABAH, UAE], roles: { visitor: SABAH, host: UAE } },
    ],
  },
  {
    name: "negative: 'a meeting with Emirati leaders on Wednesday, then flew to the UAE': not said to be held there",
    text: 'Kuwaiti Emir Sheikh Sabah al-Ahmad Al Sabah held a meeting with Emirati leaders on Wednesday, then flew to the UAE.',
    reference: '2017-06-08',
    expect: [
      { kind: 'MEETING', status: 'OCCURRED', when: '2017-06-07', participants: [SABAH, UAE], roles: { participant: SABAH } },
      { kind: 'VISIT', status: 'OCCURRED', place: UAE, participants: [SABAH, UAE] },
    ],
  },
];

describe('events: parties of visits', () => {
  for (const c of cases) {
    it(c.name, () => {
      expectEvents(c, extractArticle(caseArticle(c.text), c.reference));
    });
  }
});

describe('clauses: a fronted phrase and the subject after its comma', () => {
  const words = (text: string, a: { start: number; end: number } | null) => {
    const s = analyseClauses(text)[0]!;
    return a ? s.tokens.slice(a.start, a.end).map((t) => t.text).join(' ') : null;
  };
  it("'On Thursday, A and B paid a visit': the subject is 'A and B', the phrase 'Thursday'", () => {
    const text = 'On Thursday, Merkel and Hollande paid a visit to Kiev.';
    const main = analyseClauses(text)[0]!.clauses[0]!;
    expect(words(text, main.subject)).toBe('Merkel and Hollande');
    expect(words(text, main.preps.find((p) => p.prep === 'on') ?? null)).toBe('Thursday');
  });
  it("negative: 'Following his setback in Hanoi, Kim traveled': a nesting fronted phrase is left as it is", () => {
    const text = 'Following his setback in Hanoi, Kim traveled to Russia in April for his first summit with Putin.';
    const main = analyseClauses(text)[0]!.clauses[0]!;
    expect(words(text, main.subject)).toBe('Kim');
  });
  it("negative: 'A held talks with Iran, Russia and China': a list in a phrase that is not fronted stays one argument", () => {
    const text = 'Merkel held talks with Iran, Russia and China on Monday.';
    const doc = analyseClauses(text)[0]!;
    const withArg = doc.clauses.flatMap((c) => c.preps).find((p) => p.prep === 'with') ?? null;
    expect(words(text, withArg)).toBe('Iran , Russia and China');
  });
});
