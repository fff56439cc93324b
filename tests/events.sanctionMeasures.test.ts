// Kinds of restrictive measure (issue 13): two measures of different kinds by one side on one day
// (entry bans and an arms halt) are two SANCTION events, within an article and across articles,
// while plain "sanctions" may be either; a measure against "the kingdom" takes the state the
// article's other sanctions name, and is no event when they name none; "the German Economy Ministry"
// imposes for Germany. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { compatible } from '../src/extract/events/compatible.js';
import { measureOf } from '../src/extract/events/measureOf.js';
import { extractArticle } from '../src/extract/pipeline.js';
import type { EventFact } from '../src/model/index.js';
import { MergedView } from '../src/resolve/mergedView.js';
import { sameEvent } from '../src/resolve/sameEvent.js';
import { caseArticle } from './events.support.js';

const NORWAY = 'country:norway';
const CHILE = 'country:chile';
const sanctions = (text: string) => extractArticle(caseArticle(text), '2019-03-06').events.filter((e) => e.kind === 'SANCTION');
const row = (e: EventFact) => [e.measure ?? null, e.when?.value ?? null, ...e.participants.map((p) => `${p.role} ${p.entity}`).sort()];

describe('measureOf: the kind of measure a trigger names', () => {
  const cases: [string, string | null][] = [
    ['halted all arms exports', 'arms sales'],
    ['an arms embargo', 'arms sales'],
    ['travel bans', 'entry bans'],
    ['banning', 'entry bans'],
    ['cut diplomatic ties', 'ties'],
    ['reopened its airspace and land border', 'borders'],
    ['withdrew the most-favoured-nation status', 'trade status'],
    ['raised the customs duty', 'duties'],
    ['restrictions on travel', 'restrictions'],
    ['trade restrictions', 'restrictions'],
    // no one kind: any package
    ['sanctions', null],
    ['export controls', null],
    ['blacklisted', null],
  ];
  for (const [trigger, want] of cases) it(`'${trigger}' -> ${want}`, () => expect(measureOf(trigger)).toBe(want));
});

describe('two measures by one side on one day stay two events', () => {
  it("'Norway banned 18 Chilean citizens from entering ...' and 'Norway halted all arms sales to Chile on Monday': an entry ban and an arms halt", () => {
    const events = sanctions('Norway banned 18 Chilean citizens from entering the Schengen zone on Monday. Norway also said on Monday that it had halted all arms sales to Chile.');
    expect(events.map(row).sort()).toEqual([
      ['arms sales', '2019-03-04', `imposer ${NORWAY}`, `target ${CHILE}`],
      ['entry bans', '2019-03-04', `imposer ${NORWAY}`, `target ${CHILE}`],
    ]);
  });
  it("'restored full diplomatic relations with Chile' and 'eased restrictions on travel to Chile': ties restored and restrictions eased are two measures", () => {
    const events = sanctions('Norway restored full diplomatic relations with Chile on Monday. Norway also eased restrictions on travel to Chile on Monday.');
    expect(events.map((e) => [e.measure ?? null, e.description, e.when?.value ?? null]).sort()).toEqual([
      ['restrictions', 'eased', '2019-03-04'],
      ['ties', 'lifted', '2019-03-04'],
    ]);
  });
  it('negative: plain sanctions told again the same day join the measure (one event)', () => {
    const events = sanctions('Norway halted all arms sales to Chile on Monday. The sanctions Norway imposed on Chile on Monday were welcomed.');
    expect(events).toHaveLength(1);
    expect(events[0]!.measure).toBe('arms sales');
  });
  const base = { kind: 'SANCTION' as const, status: 'OCCURRED' as const, participants: [{ entity: NORWAY, role: 'imposer' }, { entity: CHILE, role: 'target' }], place: null, when: null, ordinal: null, description: 'imposed' };
  it('compatible: measures of two kinds never, a measure and plain sanctions may', () => {
    expect(compatible({ ...base, measure: 'entry bans' }, { ...base, measure: 'arms sales' })).toBe(false);
    expect(compatible({ ...base, measure: 'entry bans' }, { ...base, measure: 'entry bans' })).toBe(true);
    expect(compatible({ ...base, measure: 'entry bans' }, base)).toBe(true);
  });
  it('across articles: a report of the arms halt does not join the entry bans, a second report of the bans does', () => {
    const report = (id: string, measure: string | undefined): EventFact => ({
      id, kind: 'SANCTION', title: id, status: 'OCCURRED', statusHistory: [], place: null, ordinal: null, description: 'imposed', evidence: [], sources: [], confidence: 0, extractor: 'test',
      ...(measure ? { measure } : {}),
      when: { text: '2019-03-04', earliest: '2019-03-04', latest: '2019-03-04', granularity: 'day', value: '2019-03-04' },
      participants: [{ entity: NORWAY, role: 'imposer', evidence: [] }, { entity: CHILE, role: 'target', evidence: [] }],
    });
    const bans = new MergedView().add(report('a', 'entry bans'), '2019-03-05');
    expect(bans.event().measure).toBe('entry bans');
    expect(sameEvent(bans.event(), report('b', 'arms sales'))).toBe(false);
    expect(sameEvent(bans.event(), report('c', 'entry bans'))).toBe(true);
  });
});

describe("a measure against 'the kingdom' takes the state the article's other sanctions name", () => {
  it("'halted all arms sales to the kingdom' after sanctions on Chile: against Chile", () => {
    const events = sanctions('Norway imposed entry bans on 18 Chileans on Monday. The Norwegian Economy Ministry said on Monday that it had halted all arms sales to the kingdom.');
    expect(events.filter((e) => e.measure === 'arms sales').map((e) => e.participants.filter((p) => p.role === 'target').map((p) => p.entity))).toEqual([[CHILE]]);
  });
  it('negative: with no other sanctions in the article, no event and no guessed target', () => {
    expect(sanctions('Norway said on Monday that it had halted all arms sales to the kingdom.')).toEqual([]);
  });
  it("negative: 'the country's' is a possessive, not the state itself", () => {
    const events = sanctions("Norway imposed entry bans on 18 Chileans on Monday. Denmark said on Monday that it had halted arms sales to the country's army.");
    expect(events.filter((e) => e.participants.some((p) => p.entity === 'country:denmark'))).toEqual([]);
  });
});

describe('an organ of government named by its demonym imposes for its state', () => {
  it("'the German Economy Ministry said ... it had halted all arms sales to Chile': Germany imposes", () => {
    const events = sanctions('In another step, the German Economy Ministry said on Monday that it had halted all arms sales to Chile.');
    expect(events.map((e) => e.participants.filter((p) => p.role === 'imposer').map((p) => p.entity))).toEqual([['country:germany']]);
  });
  it("negative: 'the German Marshall Fund' is no organ of government, so not Germany", () => {
    const events = sanctions('In another step, the German Marshall Fund said on Monday that it had halted all arms sales to Chile.');
    expect(events.flatMap((e) => e.participants.map((p) => p.entity))).not.toContain('country:germany');
  });
});
