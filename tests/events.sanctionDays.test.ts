// Sanctions dated by how they are told (issue 13): a measure told in the present progressive ("Norway
// is imposing sanctions on Chile") is the news of the day the article is written and takes its
// publication interval when that is at most a week wide; a decision to impose told as done ("the EU
// agreed yesterday to impose sanctions on Chile") is the measure taken, dated by the decision.
// Sentences of our own, each pattern with cases that must not match.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import type { Article, EventFact, EventMention, TimeSpan } from '../src/model/index.js';

const NORWAY = 'country:norway';
const CHILE = 'country:chile';

const day = (iso: string): TimeSpan => ({ text: iso, earliest: iso, latest: iso, granularity: 'day', value: iso });
const article = (text: string, publishedAt: TimeSpan | null): Article => ({ id: 'article:test', source: 'test', text, publishedAt, dateSource: publishedAt ? 'given' : 'none' });
const parties = (e: EventFact | EventMention) => e.participants.map((p) => `${p.role} ${p.entity}`).sort();
const sanctions = (text: string, publishedAt: TimeSpan | null = day('2019-03-06')) => {
  const x = extractArticle(article(text, publishedAt));
  return { events: x.events.filter((e) => e.kind === 'SANCTION'), mentions: x.eventMentions.filter((e) => e.kind === 'SANCTION') };
};

describe('sanctions told as under way take the publication day', () => {
  it("'Norway is imposing sanctions on 17 Chilean nationals': dated by the publication day", () => {
    const { events } = sanctions('Norway is imposing sanctions on 17 Chilean nationals linked to the attack.');
    expect(events).toHaveLength(1);
    expect(events[0]!.status).toBe('OCCURRED');
    expect(events[0]!.when?.earliest).toBe('2019-03-06');
    expect(events[0]!.when?.latest).toBe('2019-03-06');
    expect(parties(events[0]!)).toEqual([`imposer ${NORWAY}`, `target ${CHILE}`]);
  });
  it("'Norway is banning 18 Chileans from entering': the trigger is the progressive's own gerund", () => {
    const { events } = sanctions('Norway is banning 18 Chileans suspected of involvement in the attack from entering the Schengen zone.');
    expect(events).toHaveLength(1);
    expect(events[0]!.when?.earliest).toBe('2019-03-06');
  });
  it("'As part of the shift, the President is easing restrictions on travel to Chile': an easing under way after a fronted phrase", () => {
    const { events } = sanctions('Norway changed course. As part of the shift, Norway is easing restrictions on travel to Chile.');
    expect(events).toHaveLength(1);
    expect(events[0]!.description).toBe('eased');
    expect(events[0]!.when?.earliest).toBe('2019-03-06');
  });
  it('an inferred publication interval of a few days dates the measure to that interval', () => {
    const { events } = sanctions('Norway is imposing sanctions on 17 Chilean nationals.', { text: 'inferred', earliest: '2019-03-04', latest: '2019-03-06', granularity: 'day', value: '2019-03-06' });
    expect(events[0]!.when?.earliest).toBe('2019-03-04');
    expect(events[0]!.when?.latest).toBe('2019-03-06');
  });
  const negatives: [string, string, TimeSpan | null][] = [
    ['a publication interval wider than a week', 'Norway is imposing sanctions on 17 Chilean nationals.', { text: 'inferred', earliest: '2019-01-01', latest: '2019-03-06', granularity: 'day', value: '2019-03-06' }],
    ['an undated article', 'Norway is imposing sanctions on 17 Chilean nationals.', null],
    ["negated: 'is not imposing'", 'Norway is not imposing sanctions on Chile.', day('2019-03-06')],
    ["a plan: 'is considering imposing'", 'Norway is considering imposing sanctions on Chile.', day('2019-03-06')],
    ["another verb: 'is facing sanctions'", 'Chile is facing sanctions from Norway.', day('2019-03-06')],
    ['a relative clause about the people sanctioned', 'The Chilean officials Norway is sanctioning were involved in the attack.', day('2019-03-06')],
    ["the past progressive: 'was imposing'", 'Norway was imposing sanctions on Chile.', day('2019-03-06')],
  ];
  for (const [name, text, published] of negatives) {
    it(`negative, no day: ${name}`, () => {
      const { events, mentions } = sanctions(text, published);
      for (const e of [...events, ...mentions]) expect(e.when?.earliest ?? null, e.evidence && 'quote' in e.evidence ? String(e.evidence.quote) : '').toBeNull();
    });
  }
});

describe('a decision to impose, told as done, is the measure taken', () => {
  it("'The EU agreed yesterday to impose sanctions on Chile': OCCURRED on the day of the decision", () => {
    const { events } = sanctions('The European Union agreed for the first time yesterday to impose broad sanctions against Chile.');
    expect(events).toHaveLength(1);
    expect(events[0]!.status).toBe('OCCURRED');
    expect(events[0]!.when?.value).toBe('2019-03-05');
    expect(parties(events[0]!)).toEqual(['imposer organization:european-union', `target ${CHILE}`]);
  });
  it("'Norway decided on Monday to impose sanctions on Chile'", () => {
    const { events } = sanctions('Norway decided on Monday to impose sanctions on Chile.');
    expect(events).toHaveLength(1);
    expect(events[0]!.status).toBe('OCCURRED');
    expect(events[0]!.when?.value).toBe('2019-03-04');
  });
  const plans: [string, string][] = [
    ["future: 'will agree to impose'", 'Norway will agree to impose sanctions on Chile.'],
    ["negated: 'did not agree to impose'", 'Norway did not agree to impose sanctions on Chile.'],
    ["a lift agreed waits on a step to come: 'agreed to lift'", 'Norway agreed on Monday to lift sanctions on Chile.'],
    ["another governor: 'plans to impose'", 'Norway plans to impose sanctions on Chile.'],
  ];
  for (const [name, text] of plans) {
    it(`negative, no measure taken: ${name}`, () => {
      const { events, mentions } = sanctions(text);
      expect(events.every((e) => e.status !== 'OCCURRED' || e.description === 'maintained')).toBe(true);
      expect(mentions.every((e) => e.status !== 'OCCURRED')).toBe(true);
    });
  }
});

describe("a listing verb's named objects are its targets in their own names", () => {
  const listed = (text: string) => sanctions(text).events.concat(sanctions(text).mentions as never[]);
  it("'Norway blacklisted Ann Smith, an aide to X, and consul Bo Lee for the attack': both people, not the one in the apposition", () => {
    const text = 'Norway blacklisted Michelle Bachelet, a former aide to Sebastian Pinera, as well as Chilean Consul General Ricardo Lagos for the attack on Monday.';
    const [e] = listed(text);
    expect(e).toBeDefined();
    expect(parties(e!)).toEqual([`imposer ${NORWAY}`, 'target person:michelle-bachelet', 'target person:ricardo-lagos']);
  });
  it("'Norway sanctioned the Chilean firm Codelco': a firm named after the verb", () => {
    const [e] = listed('Norway sanctioned Codelco and Enap on Monday.');
    expect(e).toBeDefined();
    expect(e!.participants.filter((p) => p.role === 'target').length).toBeGreaterThan(0);
    expect(e!.participants.find((p) => p.role === 'imposer')?.entity).toBe(NORWAY);
  });
  const none: [string, string][] = [
    ["a participle: 'the sanctioned officials met X' lists no one", 'Norway froze their assets, and the sanctioned officials met Michelle Bachelet in Oslo on Monday.'],
    ["a passive: 'officials were sanctioned, X said' lists no one", 'Chilean officials were sanctioned on Monday, Michelle Bachelet said.'],
    ["people counted, not named: 'sanctioned 17 Chilean officials' keeps the nationality reading", 'Norway sanctioned 17 Chilean officials on Monday.'],
  ];
  for (const [name, text] of none) {
    it(`negative, no named target: ${name}`, () => {
      for (const e of listed(text)) expect(e.participants.filter((p) => p.role === 'target' && p.entity.startsWith('person:'))).toEqual([]);
    });
  }
});

describe('a year that qualifies a noun after the trigger dates that noun, not the measure', () => {
  it("'sanctions on Chile over its interference in the 2018 election': no 2018 for the sanctions", () => {
    const { events, mentions } = sanctions('Norway imposed a broad package of sanctions on Chile over its interference in the 2018 election.');
    expect(events.length + mentions.length).toBe(1);
    for (const e of [...events, ...mentions]) expect(e.when?.value ?? null).toBeNull();
  });
  it("'sanctions on Chile for interfering in the 2018 Chilean presidential election': a capitalised word may open the noun group", () => {
    const { events, mentions } = sanctions('Norway announced sanctions on Chile for interfering in the 2018 Chilean presidential election.');
    for (const e of [...events, ...mentions]) expect(e.when?.value ?? null).toBeNull();
  });
  it("negative: 'imposed sanctions on Chile in 2018' keeps its year", () => {
    const { events, mentions } = sanctions('Norway imposed sanctions on Chile in 2018.');
    expect([...events, ...mentions].map((e) => e.when?.value ?? null)).toEqual(['2018']);
  });
});

describe("an 'as' clause right after a day shares the day", () => {
  it("'The crisis escalated late on Monday, as Peru, acting as a mediator, presented Chile with a list of demands from Norway and Sweden'", () => {
    const x = extractArticle(article('The crisis escalated late on Monday, as Peru, acting as a mediator, presented Chile with a list of demands from Norway and Sweden.', day('2019-03-06')));
    expect(x.events.map((e) => [e.kind, e.when?.value, ...parties(e)])).toEqual([['LETTER', '2019-03-04', 'recipient country:chile', 'sender country:norway', 'sender country:sweden']]);
  });
  it("'Tensions rose late on Monday, as Norway cut diplomatic ties with Chile'", () => {
    const { events } = sanctions('Tensions rose late on Monday, as Norway cut diplomatic ties with Chile.');
    expect(events).toHaveLength(1);
    expect(events[0]!.when?.value).toBe('2019-03-04');
    expect(parties(events[0]!)).toEqual([`imposer ${NORWAY}`, `target ${CHILE}`]);
  });
  it("negative: 'on Monday, as part of a review of the sanctions Norway imposed on Chile in 2015': 'as part of' opens no clause", () => {
    const { events, mentions } = sanctions('The minister spoke on Monday, as part of a review of the sanctions Norway imposed on Chile in 2015.');
    for (const e of [...events, ...mentions]) expect(e.when?.value ?? null).not.toBe('2019-03-04');
  });
  it("negative: 'on Monday, as a mediator, ...': 'as' before a noun group opens no clause", () => {
    const { events, mentions } = sanctions('The minister spoke on Monday, as a mediator between Norway and Chile, about the sanctions Norway has imposed on Chile.');
    for (const e of [...events, ...mentions]) expect(e.when?.value ?? null).not.toBe('2019-03-04');
  });
});

describe("sanctions that name no target take the one target the article's other sanctions name", () => {
  it("'Later on Monday, Sweden expanded its sanctions' after sanctions on Chile: Sweden's against Chile", () => {
    const { events } = sanctions('Norway imposed sanctions on Chile on Monday. Later on Monday, Sweden expanded its sanctions.');
    expect(events.map((e) => [e.when?.value, ...parties(e)])).toEqual([
      ['2019-03-04', `imposer ${NORWAY}`, `target ${CHILE}`],
      ['2019-03-04', 'imposer country:sweden', `target ${CHILE}`],
    ]);
  });
  it("negative: the article's sanctions name two targets, so 'Sweden expanded its sanctions' names none and is no event", () => {
    const { events } = sanctions('Norway imposed sanctions on Chile on Monday. Denmark imposed sanctions on Peru on Monday. Later on Monday, Sweden expanded its sanctions.');
    expect(events.filter((e) => e.participants.some((p) => p.entity === 'country:sweden'))).toEqual([]);
  });
  it("negative: 'Sweden announced its sanctions' is no growing of its own measures", () => {
    const { events } = sanctions('Norway imposed sanctions on Chile on Monday. Later on Monday, Sweden praised its sanctions.');
    expect(events.filter((e) => e.participants.some((p) => p.entity === 'country:sweden'))).toEqual([]);
  });
});
