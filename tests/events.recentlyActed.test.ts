// The news perfect of letters and measures (issue 13): "A has sent a letter to B", "A has written to
// B", "a letter she has written to B", "Norway has imposed sanctions on Chile", "Norway has lifted
// its sanctions on Chile" in a dated article are the day of writing or the day before. Sentences of
// our own. Negatives: the experiential perfect ("has written to B three times", "has imposed
// sanctions since 2014"), a governed verb ("has threatened to impose", "has agreed to lift"), a
// condition ("if she has written"), the simple past and a day the clause tells are left as they were.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/pipeline.js';
import type { Article, EventFact, TimeSpan } from '../src/model/index.js';

const BRANDT = 'person:alan-brandt';
const MOSS = 'person:carla-moss';
const NORWAY = 'country:norway';
const CHILE = 'country:chile';

const day = (iso: string): TimeSpan => ({ text: iso, earliest: iso, latest: iso, granularity: 'day', value: iso });
const article = (text: string): Article => ({ id: 'article:test', source: 'test', text, publishedAt: day('2019-03-20'), dateSource: 'given' });
const events = (text: string, kind: string): EventFact[] => extractArticle(article(text)).events.filter((e) => e.kind === kind);
const days = (e: EventFact | undefined) => (e?.when ? `${e.when.earliest}..${e.when.latest}` : null);
const parties = (e: EventFact | undefined) => (e?.participants ?? []).map((p) => `${p.role} ${p.entity}`).sort();

describe('events: the news perfect of letters', () => {
  it("'A has sent a letter to B': the day of writing or the day before", () => {
    const [e, ...rest] = events('Alan Brandt has sent a letter to Carla Moss.', 'LETTER');
    expect(rest).toEqual([]);
    expect(e?.status).toBe('OCCURRED');
    expect(parties(e)).toEqual([`recipient ${MOSS}`, `sender ${BRANDT}`]);
    expect(days(e)).toBe('2019-03-19..2019-03-20');
  });
  it("'A has written to B': the verb is the letter", () => {
    const [e] = events('Alan Brandt has written to Carla Moss about the budget.', 'LETTER');
    expect(parties(e)).toEqual([`recipient ${MOSS}`, `sender ${BRANDT}`]);
    expect(days(e)).toBe('2019-03-19..2019-03-20');
  });
  it("'according to a letter he has written to B': the pronoun is the main clause's subject, not the nearer person", () => {
    const [e] = events('Alan Brandt has asked Carla Moss to decide by June, according to a letter he has written to Carla Moss.', 'LETTER');
    expect(parties(e)).toEqual([`recipient ${MOSS}`, `sender ${BRANDT}`]);
    expect(days(e)).toBe('2019-03-19..2019-03-20');
  });
  for (const text of [
    'Alan Brandt has written to Carla Moss three times since 2015.',
    'Alan Brandt sent a letter to Carla Moss.',
    'If Alan Brandt has written to Carla Moss, the reply will come soon.',
  ]) {
    it(`negative: '${text}' gets no day`, () => {
      for (const e of events(text, 'LETTER')) expect(days(e)).toBeNull();
    });
  }
  it("negative: 'has agreed to send a letter': a plan, no letter sent that day", () => {
    expect(events('Alan Brandt has agreed to send a letter to Carla Moss.', 'LETTER').filter((e) => e.status === 'OCCURRED' && e.when)).toEqual([]);
  });
  it("negative: 'has sent a letter to B on Monday': the clause's own day", () => {
    expect(days(events('Alan Brandt has sent a letter to Carla Moss on Monday.', 'LETTER')[0])).toBe('2019-03-18..2019-03-18');
  });
});

describe('events: the news perfect of sanctions', () => {
  it("'Norway has imposed sanctions on Chile': dated to the day of writing or the day before", () => {
    const [e, ...rest] = events('Norway has imposed sanctions on Chile over the attack.', 'SANCTION');
    expect(rest).toEqual([]);
    expect(e?.description).toBe('imposed');
    expect(parties(e)).toEqual([`imposer ${NORWAY}`, `target ${CHILE}`]);
    expect(days(e)).toBe('2019-03-19..2019-03-20');
  });
  it("'Norway has lifted its sanctions on Chile': a lift dated so too", () => {
    const [e] = events('Norway has lifted its sanctions on Chile after the vote.', 'SANCTION');
    expect(e?.description).toBe('lifted');
    expect(days(e)).toBe('2019-03-19..2019-03-20');
  });
  for (const text of [
    'Norway has imposed sanctions on Chile since 2014.',
    'Norway has threatened to impose sanctions on Chile.',
    'Norway has agreed to lift its sanctions on Chile.',
    'Norway has never imposed sanctions on Chile.',
    'Norway imposed sanctions on Chile.',
    '“Norway has imposed sanctions on Chile,” the minister said on Monday.',
  ]) {
    it(`negative: '${text}' is no sanction of the day`, () => {
      for (const e of events(text, 'SANCTION')) expect(e.status === 'OCCURRED' && days(e) === '2019-03-19..2019-03-20').toBe(false);
    });
  }
});

describe('events: the news perfect of a measure told by its verb phrase', () => {
  const PERU = 'country:peru';
  it("'Norway and Peru have cut diplomatic ties with Chile': the phrase's own verb is the act, of the day of writing or the day before", () => {
    const [e, ...rest] = events('Norway and Peru have cut diplomatic ties with Chile, ending years of close trade.', 'SANCTION');
    expect(rest).toEqual([]);
    expect(parties(e)).toEqual([`imposer ${NORWAY}`, `imposer ${PERU}`, `target ${CHILE}`]);
    expect(days(e)).toBe('2019-03-19..2019-03-20');
  });
  it("'Norway has restored full diplomatic relations with Chile': an undoing dated so too", () => {
    const [e] = events('Norway has restored full diplomatic relations with Chile.', 'SANCTION');
    expect(e?.description).toBe('lifted');
    expect(days(e)).toBe('2019-03-19..2019-03-20');
  });
  for (const text of [
    '“Norway has cut diplomatic ties with Chile,” the minister wrote on Monday.',
    'Norway has cut diplomatic ties with Chile twice since 1990.',
    'Norway has threatened to cut diplomatic ties with Chile.',
    'Norway cut diplomatic ties with Chile.',
    'If Norway has cut diplomatic ties with Chile, the talks will stop.',
  ]) {
    it(`negative: '${text}' is no measure of the day`, () => {
      for (const e of events(text, 'SANCTION')) expect(days(e) === '2019-03-19..2019-03-20').toBe(false);
    });
  }
  it("negative: 'Norway and Chile have restored relations' names no target: no measure", () => {
    expect(events('Norway and Chile have restored relations.', 'SANCTION')).toEqual([]);
  });
});
