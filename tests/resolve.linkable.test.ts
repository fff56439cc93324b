// Linking loose reports and mentions to the one event they can be (src/resolve/linkable.ts,
// linkMention.ts), sanction reports with different co-imposers (sameEvent.ts), and the clustering
// with linking against the greedy of all reports at once, whatever order and grouping the reports
// come in (replayClusters.ts). Reports are written here, about made-up meetings of real office
// holders (the gazetteer tells their countries) and of made-up people.
import { describe, expect, it } from 'vitest';
import type { EventFact, EventKind, EventMention, EventStatus, TimeSpan } from '../src/model/index.js';
import { linkable, loose, partiesNest, pinned, theLinked } from '../src/resolve/linkable.js';
import { linkMention } from '../src/resolve/linkMention.js';
import { replayClusters, type Report } from '../src/resolve/replayClusters.js';
import { sameEvent } from '../src/resolve/sameEvent.js';
import { greedyPartition, StoredClustering } from './support/clusteringOracle.js';

const BIDEN = 'person:joe-biden';
const XI = 'person:xi-jinping';
const ANNA = 'person:anna-made-up';
const US = 'country:united-states';
const CN = 'country:china';

function day(iso: string): TimeSpan {
  return { text: iso, earliest: iso, latest: iso, granularity: 'day', value: iso };
}

function span(earliest: string, latest: string, granularity: string): TimeSpan {
  return { text: `${earliest}..${latest}`, earliest, latest, granularity, value: earliest.slice(0, 7) } as TimeSpan;
}

function fact(id: string, kind: EventKind, parties: string[] | [string, string][], when: TimeSpan | null = null, more: Partial<EventFact> = {}): EventFact {
  const evidence = [{ article: `article:${id}`, sentence: 0, start: 0, end: 1, quote: '.' }];
  const participants = parties.map((p) => (Array.isArray(p) ? { role: p[0], entity: p[1], evidence } : { role: 'participant', entity: p, evidence }));
  return { id, kind, title: id, when, status: 'OCCURRED' as EventStatus, statusHistory: [], participants, place: null, ordinal: null, description: null, evidence, sources: [`article:${id}`], confidence: 0.5, extractor: 'test', ...more };
}

const report = (f: EventFact, published = ''): Report => ({ fact: f, published });

describe('pinned and loose', () => {
  it('a day, a part of a month or a month pins an event down; none, a year, or a day read in an article dated only to a year does not', () => {
    expect(pinned(day('2022-11-14'))).toBe(true);
    expect(pinned(span('2022-11-01', '2022-11-30', 'month'))).toBe(true);
    expect(pinned(span('2022-11-20', '2022-11-30', 'late-month'))).toBe(true);
    expect(pinned(null)).toBe(false);
    expect(pinned(span('2022-01-01', '2022-12-31', 'year'))).toBe(false);
    expect(pinned(span('2022-03-01', '2023-02-28', 'day'))).toBe(false);
    expect(loose(fact('a', 'MEETING', [BIDEN, XI]))).toBe(true);
    expect(loose(fact('b', 'MEETING', [BIDEN, XI], day('2022-11-14')))).toBe(false);
  });
});

describe('partiesNest', () => {
  it('takes the parties of one among those of the other, a country as its office holder', () => {
    const p = (...ids: string[]) => ids.map((entity) => ({ entity, role: 'participant' }));
    expect(partiesNest(p(BIDEN, XI), p(BIDEN, XI, ANNA))).toBe(true);
    expect(partiesNest(p(US, XI), p(BIDEN, XI))).toBe(true);
    expect(partiesNest(p(BIDEN, ANNA), p(BIDEN, XI))).toBe(false);
    expect(partiesNest([], p(BIDEN))).toBe(false);
  });

  it('never takes a party in one role for the same party in another', () => {
    const sanction = (imposers: string[], target: string) => [...imposers.map((entity) => ({ entity, role: 'imposer' })), { entity: target, role: 'target' }];
    expect(partiesNest(sanction(['country:saudi-arabia', 'country:bahrain'], 'country:qatar'), sanction(['country:saudi-arabia'], 'country:qatar'))).toBe(true);
    expect(partiesNest(sanction(['country:qatar'], 'country:saudi-arabia'), sanction(['country:saudi-arabia'], 'country:qatar'))).toBe(false);
  });

  it('takes a plain participant for a host or visitor, but not a visitor for the host', () => {
    const hosted = [{ entity: BIDEN, role: 'visitor' }, { entity: XI, role: 'host' }];
    expect(partiesNest(hosted, [{ entity: BIDEN, role: 'participant' }, { entity: XI, role: 'participant' }])).toBe(true);
    expect(partiesNest(hosted, [{ entity: XI, role: 'visitor' }, { entity: BIDEN, role: 'host' }])).toBe(false);
  });
});

describe('linkable', () => {
  const bali = fact('bali', 'MEETING', [BIDEN, XI], day('2022-11-14'));

  it('links an undated report of the same pair, a summit or talks to a meeting, one naming a third party too', () => {
    expect(linkable(bali, report(fact('r1', 'SUMMIT', [BIDEN, XI]), '2022-11-20'))).toBe(true);
    expect(linkable(bali, report(fact('r2', 'TALKS', [US, CN])))).toBe(true);
    expect(linkable(bali, report(fact('r3', 'MEETING', [BIDEN, XI, ANNA])))).toBe(true);
    expect(linkable(bali, report(fact('r4', 'MEETING', [XI], span('2022-01-01', '2022-12-31', 'year'))))).toBe(true);
  });

  it('does not link other parties, another kind family, a past report written before the event, an undated event, or a pinned report', () => {
    expect(linkable(bali, report(fact('n1', 'MEETING', [BIDEN, ANNA])))).toBe(false);
    expect(linkable(bali, report(fact('n2', 'VISIT', [['visitor', BIDEN]])))).toBe(false);
    expect(linkable(bali, report(fact('n3', 'MEETING', [BIDEN, XI]), '2022-10-01'))).toBe(false);
    expect(linkable(bali, report(fact('n4', 'MEETING', [BIDEN, XI], null, { status: 'PLANNED' }), '2022-10-01'))).toBe(true);
    expect(linkable(fact('undated', 'MEETING', [BIDEN, XI]), report(fact('n5', 'MEETING', [BIDEN, XI])))).toBe(false);
    expect(linkable(bali, report(fact('n6', 'MEETING', [BIDEN, XI], day('2022-11-14'))))).toBe(false);
    expect(linkable(bali, report(fact('n7', 'MEETING', [BIDEN, XI], span('2023-01-01', '2023-12-31', 'year'))))).toBe(false);
    expect(linkable(bali, report(fact('n8', 'MEETING', []))), 'a report naming no one').toBe(false);
  });

  it('does not take a pair\'s talks or meeting for a summit of many both attended; a report of the summit, or one naming three, still links', () => {
    const many = fact('many', 'SUMMIT', [BIDEN, XI, 'country:indonesia', 'country:india'], day('2022-11-15'), { place: 'place:bali' });
    expect(linkable(many, report(fact('p1', 'TALKS', [BIDEN, XI])))).toBe(false);
    expect(linkable(many, report(fact('p2', 'MEETING', [US, CN])))).toBe(false);
    expect(linkable(many, report(fact('p3', 'SUMMIT', [BIDEN, XI])))).toBe(true);
    expect(linkable(many, report(fact('p4', 'MEETING', [BIDEN, XI, 'country:india'])))).toBe(true);
    // Beside a summit of two, talks of the pair are its talks.
    expect(linkable(fact('pair', 'SUMMIT', [BIDEN, XI], day('2022-11-14')), report(fact('p5', 'TALKS', [BIDEN, XI])))).toBe(true);
  });

  it('picks the only candidate, else the only one at the report\'s place, else the only one of its kind; else none', () => {
    const call = { id: 'call', kind: 'MEETING' as EventKind, place: null };
    const summit = { id: 'summit', kind: 'SUMMIT' as EventKind, place: 'place:bali' };
    const video = { id: 'video', kind: 'MEETING' as EventKind, place: null };
    expect(theLinked([call], { kind: 'SUMMIT', place: null })?.id).toBe('call');
    expect(theLinked([call, summit], { kind: 'MEETING', place: 'place:bali' })?.id).toBe('summit');
    expect(theLinked([call, summit], { kind: 'SUMMIT', place: null })?.id).toBe('summit');
    expect(theLinked([call, video], { kind: 'MEETING', place: null })).toBeNull();
    expect(theLinked([], { kind: 'MEETING', place: null })).toBeNull();
  });
});

describe('sameEvent: sanctions with different co-imposers', () => {
  const june = span('2017-06-01', '2017-06-30', 'month');
  const three = fact('s3', 'SANCTION', [['imposer', 'country:saudi-arabia'], ['imposer', 'country:bahrain'], ['imposer', 'country:united-arab-emirates'], ['target', 'country:qatar']], june);
  it('are one package against the same target when they share an imposer', () => {
    const four = fact('s4', 'SANCTION', [['imposer', 'country:saudi-arabia'], ['imposer', 'country:bahrain'], ['imposer', 'country:united-arab-emirates'], ['imposer', 'country:egypt'], ['target', 'country:qatar']]);
    const someOthers = fact('s2', 'SANCTION', [['imposer', 'country:saudi-arabia'], ['imposer', 'country:egypt'], ['target', 'country:qatar']], june);
    expect(sameEvent(three, four)).toBe(true);
    expect(sameEvent(three, someOthers)).toBe(true);
  });

  it('are two when the targets differ, no imposer is shared, a party is in two roles, or the dates disagree', () => {
    const otherTarget = fact('t', 'SANCTION', [['imposer', 'country:saudi-arabia'], ['imposer', 'country:bahrain'], ['target', 'country:egypt']], june);
    const otherImposers = fact('i', 'SANCTION', [['imposer', 'country:egypt'], ['target', 'country:qatar']], june);
    const reversed = fact('r', 'SANCTION', [['imposer', 'country:qatar'], ['imposer', 'country:bahrain'], ['target', 'country:saudi-arabia']], june);
    expect(sameEvent(three, reversed)).toBe(false);
    const later = fact('l', 'SANCTION', [['imposer', 'country:saudi-arabia'], ['target', 'country:qatar']], span('2017-09-01', '2017-09-30', 'month'));
    expect(sameEvent(three, otherTarget)).toBe(false);
    expect(sameEvent(three, otherImposers)).toBe(false);
    expect(sameEvent(three, later)).toBe(false);
  });
});

describe('linkMention', () => {
  const mention = (parties: string[], kind: EventKind = 'SUMMIT'): EventMention => ({
    kind,
    status: 'OCCURRED',
    participants: parties.map((entity) => ({ entity, role: 'participant' })),
    place: null,
    when: null,
    trigger: { start: 0, end: 6, text: 'summit' },
    evidence: { article: 'article:m', sentence: 0, start: 0, end: 10, quote: '.' },
    event: null,
  });
  const bali = fact('bali', 'SUMMIT', [BIDEN, XI], day('2022-11-14'));
  const call = fact('call', 'MEETING', [BIDEN, XI], day('2022-07-28'));

  it('links to its article\'s one event of the kind family and parties, or of any parties when it names none', () => {
    expect(linkMention(mention([BIDEN, XI]), [bali, fact('letter', 'LETTER', [['sender', BIDEN]])], [], '2022-11-20')).toBe('bali');
    expect(linkMention(mention([]), [bali], [], '')).toBe('bali');
  });

  it('else to the one stored event it is linkable to, and to none when two are (or none)', () => {
    expect(linkMention(mention([BIDEN, XI], 'MEETING'), [], [call], '2022-08-01')).toBe('call');
    expect(linkMention(mention([BIDEN, XI], 'MEETING'), [], [call, fact('video', 'MEETING', [BIDEN, XI], day('2022-03-18'))], '')).toBeNull();
    expect(linkMention(mention([BIDEN, ANNA]), [], [bali], '')).toBeNull();
    expect(linkMention(mention([]), [], [bali], ''), 'no parties, nothing of its article').toBeNull();
  });

  it('stays unlinked when its article holds two events it could be', () => {
    const other = fact('other', 'SUMMIT', [BIDEN, XI], day('2021-11-15'));
    expect(linkMention(mention([BIDEN, XI]), [bali, other], [], '')).toBeNull();
  });
});

describe('clustering with linking', () => {
  const meeting = (id: string, when: string) => report(fact(id, 'MEETING', [BIDEN, XI], day(when)), when);
  const reports: Report[] = [
    meeting('m-nov', '2022-11-14'),
    meeting('m-nov-again', '2022-11-14'),
    report(fact('u-summit', 'SUMMIT', [BIDEN, XI])),
    report(fact('u-talks', 'TALKS', [US, CN]), '2022-12-01'),
    report(fact('u-anna', 'MEETING', [BIDEN, ANNA])),
    report(fact('p-anna', 'MEETING', [BIDEN, ANNA], day('2022-05-02')), '2022-05-02'),
    meeting('m-jul', '2022-07-28'),
    report(fact('u-early', 'MEETING', [BIDEN, XI]), '2022-08-01'),
  ];

  async function partitionOf(batches: Report[][], removed: string[][] = []): Promise<string[][]> {
    const stored = new StoredClustering();
    for (const [i, batch] of batches.entries()) {
      const gone = removed[i] ?? [];
      stored.apply(await replayClusters(stored, batch, gone, { link: true }), gone);
    }
    return stored.partition();
  }

  it('joins a loose report to the one event it can be, and leaves it a mention when it could be two', () => {
    const partition = greedyPartition(reports, { link: true });
    const clusterOf = (id: string) => partition.find((c) => c.includes(id));
    // Two Biden-Xi meetings are pinned: an undated meeting report could be either; a summit report is of neither kind, so the two tie too.
    expect(clusterOf('mention:u-talks')).toEqual(['mention:u-talks']);
    expect(clusterOf('mention:u-summit')).toEqual(['mention:u-summit']);
    // A loose report that nothing pinned can be stays an event of its own.
    expect(greedyPartition([reports[2]!, reports[4]!], { link: true })).toEqual([['u-anna'], ['u-summit']]);
    // Written before the November meeting, a past report can only be of July's.
    expect(clusterOf('u-early')).toEqual(['m-jul', 'u-early']);
    expect(clusterOf('u-anna')).toEqual(['p-anna', 'u-anna']);
    // Without July's meeting, November's is the one.
    const withoutJuly = greedyPartition(reports.filter((r) => r.fact.id !== 'm-jul'), { link: true });
    expect(withoutJuly.find((c) => c.includes('u-summit'))).toEqual(['m-nov', 'm-nov-again', 'u-summit', 'u-talks']);
  });

  it('gives the greedy partition in any order and grouping, and after removals (A,B vs B,A vs A+B)', async () => {
    const all = greedyPartition(reports, { link: true });
    expect(await partitionOf([reports])).toEqual(all);
    expect(await partitionOf([...reports].reverse().map((r) => [r]))).toEqual(all);
    expect(await partitionOf([reports.slice(4), reports.slice(0, 4)])).toEqual(all);
    // July's meeting removed: the reports it made ambiguous now join November's.
    const left = reports.filter((r) => r.fact.id !== 'm-jul');
    expect(await partitionOf([reports, []], [[], ['m-jul']])).toEqual(greedyPartition(left, { link: true }));
    // And added last: they leave November's again.
    expect(await partitionOf([left, [reports.find((r) => r.fact.id === 'm-jul')!]])).toEqual(all);
  });
});

describe('clustering: a loose report that several pinned events take by their parties alone', () => {
  const RU = 'country:russia';
  const sanction = (id: string, imposer: string, target: string, when: TimeSpan | null, published: string) => report(fact(id, 'SANCTION', [['imposer', imposer], ['target', target]], when), published);
  const july = sanction('s-jul-2014', US, RU, day('2014-07-16'), '2014-07-16');
  const april = sanction('s-apr-2021', US, RU, day('2021-04-15'), '2021-04-15');
  const aWeekLater = sanction('s-apr-2021-later', US, RU, day('2021-04-22'), '2021-04-22');
  const undated = sanction('u-us-ru', US, RU, null, '2021-04-17');
  const reversed = sanction('u-ru-us', RU, US, null, '2021-04-17');

  it('leaves it a mention when it could be either of two sanctions with the same parties, years apart', () => {
    const partition = greedyPartition([july, april, undated], { link: true });
    expect(partition).toEqual([['mention:u-us-ru'], ['s-apr-2021'], ['s-jul-2014']]);
  });

  it('still joins the one pinned event that takes it, and a report of the other side\'s measures joins none', () => {
    expect(greedyPartition([april, undated], { link: true })).toEqual([['s-apr-2021', 'u-us-ru']]);
    expect(greedyPartition([april, reversed], { link: true })).toEqual([['s-apr-2021'], ['u-ru-us']]);
    // Without linking (the dating clusters), the first cluster that takes it still does.
    expect(greedyPartition([july, april, undated])).toEqual([['s-apr-2021', 'u-us-ru'], ['s-jul-2014']]);
  });

  it('keeps a second round of the same parties a week later an event of its own', () => {
    const later = sanction('u-us-ru-later', US, RU, null, '2021-04-30');
    expect(greedyPartition([april, aWeekLater, later], { link: true })).toEqual([['mention:u-us-ru-later'], ['s-apr-2021'], ['s-apr-2021-later']]);
    // Told before the second round, the loose report can only be of the first.
    expect(greedyPartition([april, aWeekLater, undated], { link: true })).toEqual([['s-apr-2021', 'u-us-ru'], ['s-apr-2021-later']]);
  });

  it('gives the greedy partition in any order and grouping, and after removals', async () => {
    const all = [july, april, undated, reversed];
    const stored = async (batches: Report[][], removed: string[][] = []) => {
      const s = new StoredClustering();
      for (const [i, batch] of batches.entries()) s.apply(await replayClusters(s, batch, removed[i] ?? [], { link: true }), removed[i] ?? []);
      return s.partition();
    };
    const whole = greedyPartition(all, { link: true });
    expect(await stored([all])).toEqual(whole);
    expect(await stored([...all].reverse().map((r) => [r]))).toEqual(whole);
    expect(await stored([[undated], [july], [april, reversed]])).toEqual(whole);
    // July's sanctions removed: the loose report joins April's.
    expect(await stored([all, []], [[], ['s-jul-2014']])).toEqual(greedyPartition([april, undated, reversed], { link: true }));
  });
});
