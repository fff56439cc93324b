// When reports from different articles are one event (src/resolve/sameEvent.ts): places that nest
// (a capital and its country: extract/events/placesNest.ts), a summit and a meeting of the same
// principals on one day, and the status the merged event takes (src/resolve/mergedStatus.ts).
// Reports are written here, about made-up meetings of real office holders.
import { describe, expect, it } from 'vitest';
import type { EventFact, EventKind, EventStatus, TimeSpan } from '../src/model/index.js';
import { compatible } from '../src/extract/events/compatible.js';
import { placesNest } from '../src/extract/events/placesNest.js';
import { mergedStatus } from '../src/resolve/mergedStatus.js';
import { mergeEvents } from '../src/resolve/mergeEvents.js';
import { MergedView } from '../src/resolve/mergedView.js';
import { partiesNest } from '../src/resolve/linkable.js';
import { principals } from '../src/extract/events/compatible.js';
import { sameEvent } from '../src/resolve/sameEvent.js';

const BIDEN = 'person:joe-biden';
const XI = 'person:xi-jinping';
const KERRY = 'person:john-kerry';

function day(iso: string): TimeSpan {
  return { text: iso, earliest: iso, latest: iso, granularity: 'day', value: iso };
}

function month(ym: string, last: string): TimeSpan {
  return { text: ym, earliest: `${ym}-01`, latest: `${ym}-${last}`, granularity: 'month', value: ym };
}

function fact(id: string, kind: EventKind, parties: (string | [string, string])[], more: Partial<EventFact> = {}): EventFact {
  const evidence = [{ article: `article:${id}`, sentence: 0, start: 0, end: 1, quote: '.' }];
  const participants = parties.map((p) => (Array.isArray(p) ? { role: p[0], entity: p[1], evidence } : { role: 'participant', entity: p, evidence }));
  return { id, kind, title: id, when: null, status: 'OCCURRED' as EventStatus, statusHistory: [], participants, place: null, ordinal: null, description: null, evidence, sources: [`article:${id}`], confidence: 0.5, extractor: 'test', ...more };
}

describe('placesNest', () => {
  it('a place nests in the country it lies in: a capital, or a listed place', () => {
    expect(placesNest('place:havana', 'country:cuba')).toBe(true);
    expect(placesNest('country:united-arab-emirates', 'place:abu-dhabi')).toBe(true);
    expect(placesNest('place:panmunjom', 'country:south-korea')).toBe(true);
    expect(placesNest('place:doha', 'place:doha')).toBe(true);
  });

  it('two cities, a city and another country, two countries, or an unknown place do not nest', () => {
    expect(placesNest('place:havana', 'country:panama')).toBe(false);
    expect(placesNest('place:havana', 'place:panama-city')).toBe(false);
    expect(placesNest('country:cuba', 'country:panama')).toBe(false);
    expect(placesNest('place:a-made-up-town', 'country:cuba')).toBe(false);
    expect(placesNest('place:panmunjom', 'country:north-korea')).toBe(false);
  });
});

describe('sameEvent across nesting places', () => {
  const visit = (id: string, place: string, status: EventStatus = 'OCCURRED') => fact(id, 'VISIT', [['visitor', KERRY]], { place, status });

  it('"will travel to Havana" and "visited Cuba" by one visitor are one visit', () => {
    expect(compatible(visit('a', 'place:havana'), visit('b', 'country:cuba'))).toBe(true);
    expect(sameEvent(visit('a', 'place:havana', 'PLANNED'), visit('b', 'country:cuba'))).toBe(true);
  });

  it('a visit to Havana is not one to Panama City or to Panama, nor one by someone else', () => {
    expect(sameEvent(visit('a', 'place:havana'), visit('b', 'place:panama-city'))).toBe(false);
    expect(sameEvent(visit('a', 'place:havana'), visit('b', 'country:panama'))).toBe(false);
    expect(sameEvent(visit('a', 'place:havana'), fact('b', 'VISIT', [['visitor', BIDEN]], { place: 'country:cuba' }))).toBe(false);
  });
});

describe('sameEvent of a summit and a meeting', () => {
  it('"X and Y will meet on Monday" (dated to its month) and "the X-Y summit" that day are one', () => {
    const plan = fact('plan', 'MEETING', [BIDEN, XI], { status: 'PLANNED', when: month('2022-11', '30') });
    const held = fact('held', 'SUMMIT', [BIDEN, XI], { when: day('2022-11-14'), place: 'place:bali' });
    expect(sameEvent(plan, held)).toBe(true);
    expect(sameEvent(held, plan)).toBe(true);
  });

  it('not with other principals, without a fine date, or on days apart', () => {
    const held = fact('held', 'SUMMIT', [BIDEN, XI], { when: day('2022-11-14') });
    // A meeting of one of them with a third leader beside the summit.
    expect(sameEvent(fact('m', 'MEETING', [BIDEN, 'person:emmanuel-macron'], { when: day('2022-11-14') }), held)).toBe(false);
    expect(sameEvent(fact('m', 'MEETING', [BIDEN, XI]), held)).toBe(false);
    expect(sameEvent(fact('m', 'MEETING', [BIDEN, XI], { when: day('2022-12-20') }), held)).toBe(false);
    // Talks are not a meeting of the same kind family here.
    expect(sameEvent(fact('t', 'TALKS', [BIDEN, XI], { when: day('2022-11-14') }), held)).toBe(false);
  });
});

describe('mergedStatus', () => {
  it('an event reported as having taken place is not planned again; undated, a calling off or putting off is not undone by the plan', () => {
    const set = (...xs: EventStatus[]) => new Set<EventStatus>(xs);
    expect(mergedStatus('PLANNED', set('OCCURRED', 'PLANNED'), true)).toBe('OCCURRED');
    expect(mergedStatus('POSTPONED', set('OCCURRED', 'POSTPONED'), true)).toBe('OCCURRED');
    expect(mergedStatus('CANCELLED', set('OCCURRED', 'CANCELLED'), true)).toBe('CANCELLED');
    expect(mergedStatus('PLANNED', set('CANCELLED', 'PLANNED'), false)).toBe('CANCELLED');
    expect(mergedStatus('PLANNED', set('POSTPONED', 'PLANNED'), false)).toBe('POSTPONED');
    // Dated: a plan told after its calling off is its revival.
    expect(mergedStatus('PLANNED', set('CANCELLED', 'PLANNED'), true)).toBe('PLANNED');
    expect(mergedStatus('PLANNED', set('PLANNED'), false)).toBe('PLANNED');
  });

  it('mergeEvents and MergedView agree: a plan ordered after the report of the visit leaves it OCCURRED', () => {
    const held = fact('a-held', 'VISIT', [['visitor', KERRY]], { place: 'country:cuba' });
    const plan = fact('b-plan', 'VISIT', [['visitor', KERRY]], { place: 'place:havana', status: 'PLANNED' });
    const published = new Map([['article:a-held', ''], ['article:b-plan', '']]);
    expect(mergeEvents([held, plan], published).status).toBe('OCCURRED');
    expect(new MergedView().add(held, '').add(plan, '').event().status).toBe('OCCURRED');
    const calledOff = fact('c-off', 'VISIT', [['visitor', KERRY]], { status: 'CANCELLED' });
    expect(mergeEvents([plan, calledOff], new Map([['article:b-plan', '2015-01-01'], ['article:c-off', '2015-02-01']])).status).toBe('CANCELLED');
    expect(mergeEvents([plan, plan], published).status).toBe('PLANNED');
    // Undated: the calling off stands whichever report is ordered last.
    const offFirst = fact('a-off', 'VISIT', [['visitor', KERRY]], { status: 'CANCELLED' });
    const undated = new Map([['article:a-off', ''], ['article:b-plan', '']]);
    expect(mergeEvents([offFirst, plan], undated).status).toBe('CANCELLED');
    expect(new MergedView().add(offFirst, '').add(plan, '').event().status).toBe('CANCELLED');
  });
});

describe('sameEvent and the day of the report\'s article', () => {
  const letter = (id: string, when: TimeSpan | null) => fact(id, 'LETTER', [['sender', 'person:theresa-may'], ['recipient', 'person:donald-tusk']], { when });

  it('a report that a letter was sent, in an article of 2017, is not the letter of 2019 between the same two', () => {
    expect(sameEvent(letter('a', day('2019-04-05')), letter('b', null), '2017-03-29')).toBe(false);
  });

  it('it may be a letter sent before its article, or on its day; an article of unknown day, or a plan, decides nothing', () => {
    expect(sameEvent(letter('a', day('2017-03-29')), letter('b', null), '2017-03-29')).toBe(true);
    expect(sameEvent(letter('a', day('2019-04-05')), letter('b', null), '')).toBe(true);
    expect(sameEvent(letter('a', day('2019-04-05')), { ...letter('b', null), status: 'PLANNED' }, '2019-03-29')).toBe(true);
  });
});

describe('heads of state and government stand for their countries (data/gazetteer/people.json)', () => {
  const p = (entity: string) => ({ entity, role: 'participant' });

  it('"Trump held talks with South Korea" nests in a meeting of Trump and Moon Jae-in; a letter of Abe in one of Japan', () => {
    expect(principals([p('person:moon-jae-in')])).toEqual(new Set(['country:south-korea']));
    expect(partiesNest([p('person:donald-trump'), p('person:moon-jae-in')], [p('country:south-korea'), p('person:donald-trump')])).toBe(true);
    expect(partiesNest([{ entity: 'country:japan', role: 'sender' }], [{ entity: 'person:shinzo-abe', role: 'sender' }])).toBe(true);
  });

  it('but not in a meeting of another country, nor a letter the other way round', () => {
    expect(partiesNest([p('person:donald-trump'), p('person:moon-jae-in')], [p('country:panama'), p('person:donald-trump')])).toBe(false);
    expect(partiesNest([{ entity: 'country:japan', role: 'sender' }], [{ entity: 'person:shinzo-abe', role: 'recipient' }, { entity: 'country:japan', role: 'recipient' }])).toBe(false);
  });
});

describe('sameEvent of a visit and a meeting told in one sentence', () => {
  const VISITOR = 'person:mike-pompeo';
  const HOST = 'person:moon-jae-in';
  const told = (article: string, sentence: number) => ({ evidence: [{ article, sentence, start: 0, end: 1, quote: '.' }] });
  const visit = (more: Partial<EventFact> = {}) => fact('v', 'VISIT', [['visitor', VISITOR]], { place: 'place:seoul', when: day('2020-12-02'), ...told('article:a', 3), ...more });
  const meeting = (parties: string[], more: Partial<EventFact> = {}) => fact('m', 'MEETING', parties, { when: day('2020-12-02'), ...told('article:a', 3), ...more });

  it('"paid a visit to Seoul on Wednesday, where he met the president": the visitor and the host side, one day, one sentence', () => {
    expect(sameEvent(visit(), meeting([VISITOR, HOST]))).toBe(true);
    expect(sameEvent(meeting([VISITOR, HOST]), visit({ place: null, participants: [{ role: 'visitor', entity: VISITOR, evidence: [] }, { role: 'host', entity: HOST, evidence: [] }] }))).toBe(true);
  });

  it("a visit whose place gave it a host country ('a visit to Doha': Qatar hosts) is still one with the meeting there", () => {
    // People the gazetteer holds no office for stand for themselves, not for a country.
    const [guest, emir] = ['person:ann-guest', 'person:omar-emir'];
    const hosted = visit({ place: 'place:doha', participants: [{ role: 'visitor', entity: guest, evidence: [] }, { role: 'host', entity: emir, evidence: [] }, { role: 'host', entity: 'country:qatar', evidence: [] }] });
    expect(sameEvent(hosted, meeting([guest, emir]))).toBe(true);
    // negative: a third person at the meeting still makes it another gathering.
    expect(sameEvent(hosted, meeting([guest, emir, 'person:shinzo-abe']))).toBe(false);
  });

  it('not a meeting told in another sentence, on another day or without one, with another country, or without the visitor', () => {
    expect(sameEvent(visit(), meeting([VISITOR, HOST], told('article:a', 4)))).toBe(false);
    expect(sameEvent(visit(), meeting([VISITOR, HOST], { when: day('2020-12-03') }))).toBe(false);
    expect(sameEvent(visit({ when: null }), meeting([VISITOR, HOST]))).toBe(false);
    expect(sameEvent(visit(), meeting([VISITOR, 'person:shinzo-abe']))).toBe(false);
    expect(sameEvent(visit(), meeting(['person:rex-tillerson', HOST]))).toBe(false);
  });
});

describe('sameEvent of summits of many (multilateral)', () => {
  const OBAMA = 'person:barack-obama';
  const week = { text: 'this past week', earliest: '2015-04-06', latest: '2015-04-12', granularity: 'week', value: '2015-W15' } as TimeSpan;
  const many = fact('many', 'SUMMIT', ['country:brazil', 'country:canada', 'country:mexico', OBAMA], { when: week, place: 'place:panama-city' });

  it('a summit listing three or more principals and one naming others of its attendees, at one place on overlapping days, are one', () => {
    const two = fact('two', 'SUMMIT', ['country:cuba', OBAMA], { when: day('2015-04-11'), place: 'place:panama-city' });
    expect(sameEvent(many, two)).toBe(true);
    expect(sameEvent(two, many)).toBe(true);
  });

  it('not summits of two principals each, nor ones sharing no principal, elsewhere, without a place, or on other days', () => {
    const pair = (id: string, who: string[], more: Partial<EventFact> = {}) => fact(id, 'SUMMIT', who, { when: day('2015-04-11'), place: 'place:panama-city', ...more });
    // Two pull-asides at one summit are two.
    expect(sameEvent(pair('a', ['country:cuba', OBAMA]), pair('b', ['country:brazil', OBAMA]))).toBe(false);
    // Another body's summit in the same city and week.
    expect(sameEvent(many, pair('c', ['organization:nato', 'country:germany', 'country:france']))).toBe(false);
    expect(sameEvent(many, pair('d', ['country:cuba', OBAMA], { place: 'place:havana' }))).toBe(false);
    expect(sameEvent(many, pair('e', ['country:cuba', OBAMA], { place: null }))).toBe(false);
    expect(sameEvent(many, pair('f', ['country:cuba', OBAMA], { when: day('2015-05-20') }))).toBe(false);
    // A meeting beside the summit stays a meeting of its own.
    expect(sameEvent(many, fact('g', 'MEETING', ['country:cuba', OBAMA], { when: day('2015-04-11'), place: 'place:panama-city' }))).toBe(false);
  });
});

describe('sameEvent of visits naming some of their visitors (visitorsNest)', () => {
  const A = 'person:ana-holm';
  const B = 'person:ivan-petrov';
  const HOSTP = 'person:lena-berg';
  const trip = (id: string, parties: [string, string][], more: Partial<EventFact> = {}) => fact(id, 'VISIT', parties, { place: 'place:oslo', ...more });

  it('"Holm\'s visit to Oslo" and "Holm and Petrov visited Oslo, hosted by Berg and Norway" are one visit', () => {
    const both = trip('a', [['visitor', A], ['visitor', B], ['host', HOSTP], ['host', 'country:norway']]);
    const one = trip('b', [['visitor', A], ['host', 'country:norway']]);
    expect(sameEvent(both, one)).toBe(true);
    expect(sameEvent(one, both)).toBe(true);
  });

  it('negative: visitors that do not nest, hosts that share none, another place, or other days are not', () => {
    const both = trip('a', [['visitor', A], ['visitor', B], ['host', 'country:norway']]);
    expect(sameEvent(both, trip('b', [['visitor', A], ['visitor', 'person:olga-lind'], ['host', 'country:norway']]))).toBe(false);
    expect(sameEvent(both, trip('b', [['visitor', A], ['host', 'country:sweden']]))).toBe(false);
    expect(sameEvent(both, trip('b', [['visitor', A], ['host', 'country:norway']], { place: 'place:bergen' }))).toBe(false);
    expect(sameEvent(trip('a', [['visitor', A], ['visitor', B]], { when: day('2021-03-01') }), trip('b', [['visitor', A]], { when: day('2021-05-01') }))).toBe(false);
  });

  it('negative: other kinds still name the same principals ("Holm and Petrov met Berg" is not "Holm met Berg")', () => {
    const m = (id: string, parties: string[]) => fact(id, 'MEETING', parties, { place: 'place:oslo' });
    expect(sameEvent(m('a', [A, B, HOSTP]), m('b', [A, HOSTP]))).toBe(false);
  });
});

describe('compatible: the people of a role in any order', () => {
  const letter = (senders: string[]) => fact('x', 'LETTER', [...senders.map((s): [string, string] => ['sender', s]), ['recipient', 'country:qatar']]);

  it('"Saudi Arabia, Egypt and Bahrain" sent what "Bahrain, Egypt and Saudi Arabia" sent', () => {
    expect(compatible(letter(['country:saudi-arabia', 'country:egypt', 'country:bahrain']), letter(['country:bahrain', 'country:egypt', 'country:saudi-arabia']))).toBe(true);
  });

  it('negative: other people in the role, first named apart, are not the same senders', () => {
    expect(compatible(letter(['country:saudi-arabia', 'country:egypt']), letter(['country:bahrain', 'country:egypt', 'country:saudi-arabia']))).toBe(false);
    expect(compatible(letter(['country:egypt']), letter(['country:bahrain']))).toBe(false);
  });
});
