// What was done with sanctions, and by whom to whom (issue 13): lifting and easing are SANCTION
// events of their own with the action "lifted" or "eased" (sanctionMove), planned when told as to
// come ("will lift", "agreed to lift"), never a lift when refused ("refused to lift": maintained);
// a lift asked for, offered, conditional or named by a noun is no event, nor is a threat.
// Listings name their targets in their own names ("put Huawei and 21 Chinese firms on its entity
// list", "designated X as a global terrorist"); entry bans and withdrawn trade status name the state
// of those barred or holding it; a list of demands handed over is a LETTER from its authors. A white
// list of favoured partners turns the polarity round; duties on a state's goods target that state.
// Sentences of our own, each pattern with cases that must not match.
import { describe, expect, it } from 'vitest';
import { compatible } from '../src/extract/events/compatible.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { MergedView } from '../src/resolve/mergedView.js';
import { sameEvent } from '../src/resolve/sameEvent.js';
import type { EventFact, EventMention } from '../src/model/index.js';
import { caseArticle } from './events.support.js';

const NORWAY = 'country:norway';
const CHILE = 'country:chile';

interface Want {
  kind?: string;
  status: string;
  /** The description sanctionMove writes: imposed, maintained, eased, lifted. */
  action?: string;
  when?: string | null;
  /** Every participant, as "role entity". */
  parties: string[];
  /** An unanchored mention, not an event. */
  mention?: boolean;
}

const run = (text: string, reference: string) => extractArticle(caseArticle(text), reference);
const parties = (e: EventFact | EventMention) => e.participants.map((p) => `${p.role} ${p.entity}`).sort();

function expectOne(text: string, reference: string, want: Want): void {
  const x = run(text, reference);
  const kind = want.kind ?? 'SANCTION';
  if (want.mention) {
    expect(x.events, 'no event').toEqual([]);
    const m = x.eventMentions.filter((e) => e.kind === kind);
    expect(m).toHaveLength(1);
    expect(m[0]!.status).toBe(want.status);
    expect(parties(m[0]!)).toEqual([...want.parties].sort());
    return;
  }
  expect(x.events).toHaveLength(1);
  const e = x.events[0]!;
  expect(e.kind).toBe(kind);
  expect(e.status).toBe(want.status);
  if (want.action !== undefined) expect(e.description).toBe(want.action);
  if (want.when !== undefined) expect(e.when?.value ?? null).toBe(want.when);
  expect(parties(e)).toEqual([...want.parties].sort());
}

const lifts: [string, string, Want][] = [
  ['Norway lifted its sanctions on Chile on Saturday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-02', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Norway eased sanctions on Chile on Tuesday.', '2019-03-06', { status: 'OCCURRED', action: 'eased', when: '2019-03-05', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Sanctions on Chile were lifted by Norway on Saturday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-02', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Norway rescinded Chile’s designation as a state sponsor of terrorism on Friday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-01', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Norway took Chile off its list of state sponsors of terrorism on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Norway reopened its airspace and land border to Chile on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Peru, Bolivia and Ecuador restored full diplomatic ties with Chile on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-04', parties: ['imposer country:peru', 'imposer country:bolivia', 'imposer country:ecuador', `target ${CHILE}`] }],
  ['Norway is easing restrictions on travel to Chile on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'eased', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Norway will lift sanctions on Chile on Monday.', '2019-03-06', { status: 'PLANNED', action: 'lifted', when: '2019-03-11', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Norway will reopen its airspace to Chile as of Monday.', '2019-03-06', { status: 'PLANNED', action: 'lifted', when: '2019-03-11', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  // The day belongs to the agreeing, not to the lift: a planned lift with no day of its own is a mention.
  ['Norway agreed on Monday to lift sanctions on Chile.', '2019-03-06', { status: 'PLANNED', parties: [`imposer ${NORWAY}`, `target ${CHILE}`], mention: true }],
  ['Norway refused to lift sanctions on Chile on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'maintained', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
  ['Norway extended its sanctions on Chile on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'maintained', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] }],
];

const noLift = [
  ['a demand for relief', 'Chile called for sanctions relief on Monday.'],
  ['a lift urged by the target', 'Chile urged Norway on Monday to lift sanctions on Chile.'],
  ['the lifting named by a noun', 'Norway discussed the lifting of sanctions on Chile on Monday.'],
  ['an infinitive no plan governs', 'Efforts to lift sanctions on Chile stalled on Monday.'],
  ['a lift as a condition', 'Chile will see big benefits once the sanctions against it are lifted by Norway.'],
  ['a lift offered in exchange', 'Norway offered on Monday to ease sanctions on Chile in return for talks.'],
  ['relations restored by both sides, no target', 'Peru and Chile restored relations on Monday.'],
  ['the end of a measure, named by a noun', 'Officials in Peru on Monday marked the end of a two-year land, air and sea blockade of Chile.'],
  ['a measure named by a gerund', 'The demands range from closing a port to cutting ties with Peru, Chile said on Monday.'],
  ['a measure declined', 'Peru has so far declined to halt arms sales to Chile, officials said on Monday.'],
  ['an imposing refused', 'Norway refused on Monday to impose new sanctions on Chile.'],
  ['a threat with sanctions', 'Norway threatened Chile with sanctions on Monday.'],
  ['a threat to impose', 'Norway threatened on Monday to impose sanctions on Chile.'],
  ['a warning of sanctions', 'Norway warned on Monday of new sanctions on Chile.'],
];

describe('sanctions: lifting, easing, refusing, planning', () => {
  for (const [text, reference, want] of lifts) it(text, () => expectOne(text, reference, want));
  for (const [name, text] of noLift) {
    it(`no sanctions event: ${name}`, () => {
      const x = run(text!, '2019-03-06');
      expect(x.events.filter((e) => e.kind === 'SANCTION')).toEqual([]);
      expect(x.eventMentions.filter((m) => m.kind === 'SANCTION')).toEqual([]);
    });
  }
  it('an imposing and the lift that ends it stay two events', () => {
    const x = run('Norway imposed sanctions on Chile on March 3, 2019. Norway lifted the sanctions on Chile on March 5, 2019.', '2019-03-06');
    expect(x.events.map((e) => [e.description, e.when?.value])).toEqual([['imposed', '2019-03-03'], ['lifted', '2019-03-05']]);
  });
  it('compatible: a lift is never one event with an imposing, an easing may join a lift', () => {
    const base = { kind: 'SANCTION' as const, status: 'OCCURRED' as const, participants: [{ entity: NORWAY, role: 'imposer' }, { entity: CHILE, role: 'target' }], place: null, when: null, ordinal: null };
    expect(compatible({ ...base, description: 'imposed' }, { ...base, description: 'lifted' })).toBe(false);
    expect(compatible({ ...base, description: 'maintained' }, { ...base, description: 'eased' })).toBe(false);
    expect(compatible({ ...base, description: 'lifted' }, { ...base, description: 'eased' })).toBe(true);
    expect(compatible({ ...base, description: 'imposed' }, { ...base, description: null })).toBe(true);
  });
});

describe('sanctions across articles', () => {
  const report = (id: string, description: string, day: string): EventFact => ({
    id, kind: 'SANCTION', title: id, status: 'OCCURRED', statusHistory: [], place: null, ordinal: null, description, evidence: [], sources: [], confidence: 0, extractor: 'test',
    when: { text: day, earliest: day, latest: day, granularity: 'day', value: day },
    participants: [{ entity: 'country:saudi-arabia', role: 'imposer', evidence: [] }, { entity: 'country:qatar', role: 'target', evidence: [] }],
  } as unknown as EventFact);
  it('a report of the lift never joins the cluster of the imposing, even on a day both allow; a second report of the lift does', () => {
    const imposing = new MergedView().add(report('a', 'imposed', '2021-01-04'), '2021-01-05');
    expect(sameEvent(imposing.event(), report('b', 'lifted', '2021-01-04'))).toBe(false);
    const lifting = new MergedView().add(report('c', 'lifted', '2021-01-04'), '2021-01-05');
    expect(sameEvent(lifting.event(), report('d', 'lifted', '2021-01-04'))).toBe(true);
  });
});

describe('sanctions: listings, entry bans, trade status', () => {
  it("'put X and 21 other Chinese firms on its entity list': the firm and its state are targets; the department's country imposes", () => {
    expectOne('The Commerce Department on Thursday put Huawei and 21 other Chinese firms on its entity list.', '2020-03-06', {
      status: 'OCCURRED', action: 'imposed', when: '2020-03-05', parties: ['imposer country:united-states', 'target organization:huawei', 'target country:china'],
    });
  });
  it("'designated X as a global terrorist': the person listed is the target, not the group that qualifies him", () => {
    expectOne('The United Nations on Wednesday designated Chile-based Andes Front chief Juan Perez as a global terrorist.', '2020-03-06', {
      status: 'OCCURRED', action: 'imposed', when: '2020-03-04', parties: ['imposer organization:united-nations', 'target person:juan-perez'],
    });
  });
  it("'35 Chinese entities were added to the US trade blacklist': a passive listing, listed by the list's country", () => {
    expectOne('A total of 35 Chinese entities were added to the US trade blacklist on Thursday.', '2020-12-20', { status: 'OCCURRED', action: 'imposed', when: '2020-12-17', parties: ['imposer country:united-states', 'target country:china'] });
  });
  it("'firms added to the trade blacklist, which include X': a passive listing that names no lister is no event", () => {
    expect(run('Six Chinese phone makers added to the trade blacklist, among them Huawei, have lost their bank loans.', '2020-12-20').events).toEqual([]);
  });
  it("'reopened its airspace and land and sea borders to X': one lift of several crossings", () => {
    expectOne('Norway reopened its airspace and land and sea borders to Chile on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'is banning 18 Chileans suspected of ... from entering': the barred group may carry its own clause", () => {
    expectOne('Norway is banning 18 Chileans suspected of involvement in the attack from entering the Schengen zone on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'barred 18 Chileans from entering': a demonym in the plural names the target state", () => {
    expectOne('Norway barred 18 Chileans from entering its territory on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'withdrew Chile's most-favoured-nation trade status': the holder is the target", () => {
    expectOne('Norway withdrew Chile’s most-favoured-nation trade status on Friday.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', when: '2019-03-01', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  for (const [name, text] of [
    ['designated as an envoy', 'Norway designated Juan Perez as its envoy to Chile on Monday.'],
    ['put on an agenda', 'Norway put Juan Perez on the agenda on Monday.'],
    ['goods of a nationality', 'Norway imposed sanctions on Chilean copper on Monday.'],
  ]) {
    it(`no sanctions event: ${name}`, () => {
      expect(run(text!, '2019-03-06').events.filter((e) => e.kind === 'SANCTION')).toEqual([]);
    });
  }
});

describe('sanctions: a white list turns the polarity round; duties on goods; a list the tagger reads as a name', () => {
  it("'removed X from its white list of trusted partners': a privilege taken away is a measure imposed", () => {
    expectOne('Norway removed Chile from its white list of trusted trading partners on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'added X to its white list': an easing", () => {
    expectOne('Norway added Chile to its white list on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'eased', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'will remove X from its white list': planned", () => {
    expectOne('Norway will remove Chile from its white list on Monday.', '2019-03-06', { status: 'PLANNED', action: 'imposed', when: '2019-03-11', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'removed X from its blacklist' is still a lift", () => {
    expectOne('Norway removed Chile from its blacklist on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'hiked the customs duty to 200 per cent on all goods imported from X': the goods' origin is the target", () => {
    expectOne('Norway on Monday hiked the customs duty to 200 per cent on all goods imported from Chile.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'raised tariffs on goods from X'", () => {
    expectOne('Norway raised tariffs on goods from Chile on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'rescinded X's designation as a State Sponsor of Terrorism': the capitalised list is no organisation taking part", () => {
    expectOne('Norway rescinded Chile’s designation as a State Sponsor of Terrorism on Friday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-01', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'took the South American country X off its list of': a longer object before 'off'", () => {
    expectOne('Norway took the South American country Chile off its list of state sponsors of terrorism on Monday.', '2019-03-06', { status: 'OCCURRED', action: 'lifted', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  for (const [name, text] of [
    ['a white list only named', 'Norway keeps a white list of trusted partners, officials said on Monday.'],
    ['a removal from a white list refused', 'Norway refused on Monday to remove Chile from its white list.'],
    ['a duty on goods of no named origin', 'Norway raised the import duty on cars on Monday.'],
    ['a threat to raise tariffs', 'Norway threatened on Monday to raise tariffs on goods from Chile.'],
  ]) {
    it(`no sanctions event or mention: ${name}`, () => {
      const x = run(text!, '2019-03-06');
      expect(x.events.filter((e) => e.kind === 'SANCTION')).toEqual([]);
      expect(x.eventMentions.filter((m) => m.kind === 'SANCTION')).toEqual([]);
    });
  }
});

describe('sanctions: the day a side announced its own measure', () => {
  it("'X announced on Monday it had imposed sanctions on Y': dated by the announcement", () => {
    expectOne('Norway announced on Monday it had imposed sanctions on Chile.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'X said Monday it sanctioned 18 Ys'", () => {
    expectOne('Norway said Monday it sanctioned 18 Chileans.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("negative: 'X said Monday it would impose sanctions': a plan, no day of its own, a mention", () => {
    expectOne('Norway said Monday it would impose sanctions on Chile.', '2019-03-06', { status: 'PLANNED', parties: [`imposer ${NORWAY}`, `target ${CHILE}`], mention: true });
  });
  it("'X agreed on Monday to link lifting sanctions on Y to the ceasefire': sanctions kept, dated by the decision", () => {
    expectOne('Norway agreed on Monday to link lifting sanctions on Chile to the full implementation of the ceasefire.', '2019-03-06', { status: 'OCCURRED', action: 'maintained', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`] });
  });
  it("'X has begun proceedings to ban 18 Ys ... from entering, its minister said on Monday': a measure under way, dated by the closing attribution", () => {
    expectOne('Norway has begun proceedings to ban 18 Chileans suspected of involvement in the attack from entering its territory, Norwegian Foreign Minister Ine Eriksen Soreide said on Monday.', '2019-03-06', {
      status: 'OCCURRED', action: 'imposed', when: '2019-03-04', parties: [`imposer ${NORWAY}`, `target ${CHILE}`],
    });
  });
  it("negative: 'X will impose sanctions on Y, the minister said on Monday': a plan takes no day from its telling", () => {
    expectOne('Norway will impose sanctions on Chile, the minister said on Monday.', '2019-03-06', { status: 'PLANNED', parties: [`imposer ${NORWAY}`, `target ${CHILE}`], mention: true });
  });
  it("negative: 'X imposed sanctions on Y in 2015, Z said on Monday': a past measure keeps its own date", () => {
    const x = run('Norway imposed sanctions on Chile in 2015, the minister said on Monday.', '2019-03-06');
    expect([...x.events, ...x.eventMentions].filter((e) => e.kind === 'SANCTION').map((e) => e.when?.value ?? null)).not.toContain('2019-03-04');
  });
  it("negative: 'X agreed on Monday to lift sanctions': a lift decided is still a plan, and the day is the agreeing's", () => {
    expectOne('Norway agreed on Monday to lift sanctions on Chile.', '2019-03-06', { status: 'PLANNED', parties: [`imposer ${NORWAY}`, `target ${CHILE}`], mention: true });
  });
  it("negative: 'X won't lift sanctions until ..., officials said on Monday': kept in force, but the day is the officials' saying", () => {
    expectOne("Norway won't lift sanctions on Chile until the ceasefire holds, officials said on Monday.", '2019-03-06', { status: 'OCCURRED', parties: [`imposer ${NORWAY}`, `target ${CHILE}`], mention: true });
  });
  it("negative: 'X said Monday that Z imposed sanctions in 2015': another side's measure keeps its own date", () => {
    expectOne('Norway said Monday that Peru imposed sanctions on Chile in 2015.', '2019-03-06', { status: 'OCCURRED', action: 'imposed', when: '2015', parties: ['imposer country:peru', `target ${CHILE}`] });
  });
  it("negative: 'X said Monday Z had imposed sanctions' names no announcer's own act: undated", () => {
    const x = run('Norway said Monday Peru had imposed sanctions on Chile.', '2019-03-06');
    expect([...x.events, ...x.eventMentions].filter((e) => e.kind === 'SANCTION').map((e) => e.when?.value ?? null)).toEqual([null]);
  });
});

describe('letters: a list of demands handed over', () => {
  it("'presented X with a list of demands from A, B, C and D': the authors send, X receives; the mediator is neither", () => {
    expectOne('On Thursday Kuwait presented Chile with a 12-point list of demands from Peru, Bolivia, Ecuador and Colombia.', '2019-03-09', {
      kind: 'LETTER', status: 'OCCURRED', when: '2019-03-07', parties: ['sender country:peru', 'sender country:bolivia', 'sender country:ecuador', 'sender country:colombia', `recipient ${CHILE}`],
    });
  });
  it("'A, B and C issued a list of demands to X': the subject sends", () => {
    expectOne('Peru, Bolivia and Ecuador issued a 10-point list of demands to Chile on Thursday.', '2019-03-09', {
      kind: 'LETTER', status: 'OCCURRED', when: '2019-03-07', parties: ['sender country:peru', 'sender country:bolivia', 'sender country:ecuador', `recipient ${CHILE}`],
    });
  });
  it("'X was handed a list of demands': the subject of the passive receives it", () => {
    expectOne('On Thursday Chile was handed a list of demands from Peru and Bolivia.', '2019-03-09', {
      kind: 'LETTER', status: 'OCCURRED', when: '2019-03-07', parties: ['sender country:peru', 'sender country:bolivia', `recipient ${CHILE}`],
    });
  });
  it("'presented X with a list of demands from A and B' with no day: the handing over in past realis anchors it", () => {
    expectOne('Kuwait presented Chile with a 12-point list of demands from Peru and Bolivia.', '2019-03-09', {
      kind: 'LETTER', status: 'OCCURRED', when: null, parties: ['sender country:peru', 'sender country:bolivia', `recipient ${CHILE}`],
    });
  });
  it("'Y handed X a list of demands as conditions for lifting blockades imposed by A and B': the imposers send, the mediator is none", () => {
    expectOne('Kuwait has handed Chile a list of demands including the closure of a port as conditions for lifting blockades imposed by Peru and Bolivia.', '2019-03-09', {
      kind: 'LETTER', status: 'OCCURRED', parties: ['sender country:peru', 'sender country:bolivia', `recipient ${CHILE}`],
    });
  });
  it("negative: 'Y handed X a list of demands, blockades having been imposed by A': no condition of lifting names no author", () => {
    const letters = run('Kuwait handed Chile a list of demands after blockades were imposed by Peru and Bolivia.', '2019-03-09').events.filter((e) => e.kind === 'LETTER');
    for (const e of letters) expect(parties(e)).not.toContain('sender country:peru');
  });
  it("negative: 'will present X with a list of demands' with no day is a planned mention", () => {
    expectOne('Kuwait will present Chile with a list of demands from Peru.', '2019-03-09', { kind: 'LETTER', status: 'PLANNED', parties: ['sender country:peru', `recipient ${CHILE}`], mention: true });
  });
  for (const [name, text] of [
    ['a list of demands rejected', 'Chile rejected the list of demands on Monday.'],
    ['demands listed, no list handed', 'The protesters listed their demands on Monday.'],
  ]) {
    it(`no letter: ${name}`, () => {
      expect(run(text!, '2019-03-09').events.filter((e) => e.kind === 'LETTER')).toEqual([]);
    });
  }
});
