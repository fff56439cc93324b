// The eval scorer (scripts/eval) on small hand-made cases: a perfect match scores 1, a miss lowers
// recall, a false positive lowers precision, spans must overlap, SUMMIT and MEETING are one class,
// participants must overlap by half, statuses and dates are checked where the variant says so;
// gold mentions are scored against the product's event mentions and anchored gold against its events.
import { describe, expect, it } from 'vitest';
import { anchorGold } from '../scripts/eval/anchorGold.js';
import type { GoldArticle, GoldEntity, GoldEvent, GoldTime, PredictedArticle, PredictedEntity, PredictedEvent, PredictedMention, PredictedTime } from '../scripts/eval/goldTypes.js';
import { greedyMatch } from '../scripts/eval/greedyMatch.js';
import { EvalUsageError, parseArgs, parseMinF1 } from '../scripts/eval/parseArgs.js';
import { prf } from '../scripts/eval/prf.js';
import { checkGold, GoldFormatError } from '../scripts/eval/readGold.js';
import { publicationCorrect, scoreArticle } from '../scripts/eval/scoreArticle.js';
import { scoreEntities } from '../scripts/eval/scoreEntities.js';
import { datesAgree, participantOverlap, scoreEvents } from '../scripts/eval/scoreEvents.js';
import { scoreMentions } from '../scripts/eval/scoreMentions.js';
import { scoreTimes } from '../scripts/eval/scoreTimes.js';
import { summarise } from '../scripts/eval/summarise.js';

const KIM = 'person:kim-jong-un';
const TRUMP = 'person:donald-trump';
const MOON = 'person:moon-jae-in';
const XI = 'person:xi-jinping';

const gE = (text: string, start: number | undefined, id: string): GoldEntity => ({
  text,
  ...(start !== undefined ? { start } : {}),
  kind: id.startsWith('person:') ? 'PERSON' : id.startsWith('country:') ? 'COUNTRY' : id.startsWith('place:') ? 'PLACE' : 'ORGANIZATION',
  id,
});
const pE = (text: string, start: number, id: string): PredictedEntity => ({ ...gE(text, start, id), start, end: start + text.length, by: 'test' });
const gT = (text: string, start: number, value: string, earliest: string | null = null, latest: string | null = null): GoldTime => ({ text, start, value, earliest, latest, granularity: 'day' });
const pT = (text: string, start: number, value: string, earliest: string | null = null, latest: string | null = null): PredictedTime => ({
  ...gT(text, start, value, earliest, latest),
  start,
  end: start + text.length,
  by: 'test',
});
const gV = (kind: GoldEvent['kind'], participants: string[], status: GoldEvent['status'], extra: Partial<GoldEvent> = {}): GoldEvent => ({ kind, participants, status, ...extra });
const pV = (kind: PredictedEvent['kind'], participants: string[], status: PredictedEvent['status'], earliest: string | null = null, latest: string | null = earliest): PredictedEvent => ({
  kind,
  participants,
  status,
  earliest,
  latest,
  place: null,
  title: 'test',
  extractor: 'test',
});

const pM = (kind: PredictedMention['kind'], participants: string[], status: PredictedMention['status'], text = 'summit'): PredictedMention => ({
  kind,
  participants,
  status,
  earliest: null,
  latest: null,
  place: null,
  trigger: { start: 0, end: text.length, text },
});

describe('precision, recall, F1', () => {
  it('perfect counts give 1.0; misses lower recall, false positives precision', () => {
    expect(prf({ tp: 4, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 3, fp: 0, fn: 1 })).toEqual({ precision: 1, recall: 0.75, f1: 6 / 7 });
    expect(prf({ tp: 3, fp: 1, fn: 0 })).toEqual({ precision: 0.75, recall: 1, f1: 6 / 7 });
  });

  it('empty sets: nothing to find and nothing found is perfect; finding nothing of something is zero', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(prf({ tp: 0, fp: 0, fn: 2 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('greedyMatch', () => {
  it('pairs each item at most once, best score first', () => {
    expect(greedyMatch(['a', 'b'], ['b', 'a', 'a'], (g, p) => (g === p ? 1 : null))).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(greedyMatch([1], [1, 2], (g, p) => (p >= g ? p : null))).toEqual([[0, 1]]);
  });
});

describe('entities', () => {
  const gold = [gE('Kim Jong Un', 10, KIM), gE('Moon', 40, MOON)];

  it('a perfect match scores 1.0', () => {
    const s = scoreEntities(gold, [pE('Kim Jong Un', 10, KIM), pE('Moon', 40, MOON)]);
    expect(s.linked).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(prf(s.linked).f1).toBe(1);
  });

  it('a miss lowers recall, not precision', () => {
    const s = scoreEntities(gold, [pE('Kim Jong Un', 10, KIM)]);
    expect(prf(s.linked)).toMatchObject({ precision: 1, recall: 0.5 });
    expect(s.misses).toEqual([gold[1]]);
  });

  it('a false positive lowers precision, not recall', () => {
    const s = scoreEntities(gold, [pE('Kim Jong Un', 10, KIM), pE('Moon', 40, MOON), pE('Seoul', 60, 'place:seoul')]);
    expect(prf(s.linked)).toMatchObject({ precision: 2 / 3, recall: 1 });
    expect(s.falsePositives.map((p) => p.text)).toEqual(['Seoul']);
  });

  it('overlapping spans match (a title kept in the prediction); disjoint spans with the same id do not', () => {
    const longer = scoreEntities([gE('Kim Jong Un', 20, KIM)], [pE('North Korean leader Kim Jong Un', 0, KIM)]);
    expect(longer.linked.tp).toBe(1);
    const elsewhere = scoreEntities([gE('Kim Jong Un', 20, KIM)], [pE('Kim', 50, KIM)]);
    expect(elsewhere.linked).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('each gold mention is matched once, even when two predictions overlap it', () => {
    const s = scoreEntities([gE('Kim Jong Un', 10, KIM)], [pE('Kim', 10, KIM), pE('Kim Jong Un', 10, KIM)]);
    expect(s.linked).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.falsePositives.map((p) => p.text)).toEqual(['Kim']);
  });

  it('gold without an offset is matched by equal text, case and spacing folded', () => {
    const s = scoreEntities([gE('Kim  Jong Un', undefined, KIM)], [pE('kim jong un', 99, KIM)]);
    expect(s.linked.tp).toBe(1);
  });

  it('same span but another id is a miss and a false positive, reported as a confusion and counted as detected', () => {
    const s = scoreEntities([gE('Kim', 5, KIM)], [pE('Kim', 5, 'person:kim-yo-jong')]);
    expect(s.linked).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.detected).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.confusions).toHaveLength(1);
  });

  it('kind counts: a capital read as the country is not the place', () => {
    const s = scoreEntities([gE('Hanoi', 0, 'place:hanoi')], [{ ...pE('Hanoi', 0, 'country:vietnam') }]);
    expect(s.linked.tp).toBe(0);
  });
});

describe('times', () => {
  it('a perfect match scores 1.0 for values and intervals', () => {
    const s = scoreTimes([gT('late February', 3, '2019-02', '2019-02-20', '2019-02-28')], [pT('in late February', 0, '2019-02', '2019-02-20', '2019-02-28')]);
    expect(s.values).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.intervals).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('a wrong value is detected but neither a value hit nor, then, a false negative avoided', () => {
    const s = scoreTimes([gT('Thursday', 0, '2019-03-28', '2019-03-28', '2019-03-28')], [pT('Thursday', 0, '2019-04-04', '2019-04-04', '2019-04-04')]);
    expect(s.detected.tp).toBe(1);
    expect(s.values).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.wrongValue).toHaveLength(1);
  });

  it('values compare case-insensitively; a right value with a wrong interval counts for values only', () => {
    const s = scoreTimes([gT('this summer', 0, '2018-SU', '2018-06-01', '2018-08-31')], [pT('this summer', 0, '2018-su', '2018-06-01', '2018-09-30')]);
    expect(s.values.tp).toBe(1);
    expect(s.intervals.tp).toBe(0);
    expect(s.wrongInterval).toHaveLength(1);
  });

  it('a decade is a decade: P1DE and P10Y are one value', () => {
    expect(scoreTimes([gT('a decade', 0, 'P10Y')], [pT('a decade', 0, 'P1DE')]).values.tp).toBe(1);
    expect(scoreTimes([gT('a decade', 0, 'P10Y')], [pT('a decade', 0, 'P1D')]).values.tp).toBe(0);
  });

  it('misses lower recall and unpaired predictions lower precision', () => {
    const s = scoreTimes([gT('April 10', 0, '2019-04-10'), gT('next month', 30, '2019-04')], [pT('April 10', 0, '2019-04-10'), pT('Thursday', 60, '2019-03-28')]);
    expect(s.values).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.misses.map((m) => m.text)).toEqual(['next month']);
    expect(s.falsePositives.map((p) => p.text)).toEqual(['Thursday']);
  });
});

describe('events', () => {
  it('a perfect match scores 1.0', () => {
    const s = scoreEvents([gV('SUMMIT', [TRUMP, KIM], 'OCCURRED')], [pV('SUMMIT', [KIM, TRUMP], 'OCCURRED')]);
    expect(s.events.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('SUMMIT and MEETING are one class; TALKS is not', () => {
    expect(scoreEvents([gV('SUMMIT', [TRUMP, KIM], 'OCCURRED')], [pV('MEETING', [TRUMP, KIM], 'OCCURRED')]).events.counts.tp).toBe(1);
    expect(scoreEvents([gV('MEETING', [TRUMP, KIM], 'OCCURRED')], [pV('SUMMIT', [TRUMP, KIM], 'OCCURRED')]).events.counts.tp).toBe(1);
    expect(scoreEvents([gV('SUMMIT', [TRUMP, KIM], 'OCCURRED')], [pV('TALKS', [TRUMP, KIM], 'OCCURRED')]).events.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('participants must overlap by at least half of the larger set', () => {
    expect(participantOverlap([TRUMP, KIM], [TRUMP, KIM, MOON])).toBeCloseTo(2 / 3);
    expect(scoreEvents([gV('MEETING', [TRUMP, KIM], 'OCCURRED')], [pV('MEETING', [TRUMP], 'OCCURRED')]).events.counts.tp).toBe(1);
    expect(scoreEvents([gV('MEETING', [TRUMP, KIM, MOON], 'OCCURRED')], [pV('MEETING', [TRUMP], 'OCCURRED')]).events.counts.tp).toBe(0);
    expect(scoreEvents([gV('MEETING', [TRUMP], 'OCCURRED')], [pV('MEETING', [TRUMP, KIM, MOON], 'OCCURRED')]).events.counts.tp).toBe(0);
  });

  it('statuses must be equal, except in the "any status" variant', () => {
    const s = scoreEvents([gV('SUMMIT', [TRUMP, KIM], 'CANCELLED')], [pV('SUMMIT', [TRUMP, KIM], 'PLANNED')]);
    expect(s.events.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.anyStatus.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.wrongStatus).toHaveLength(1);
  });

  it('with dates: the predicted interval must lie within the gold one; open and absent gold bounds accept', () => {
    const gold = gV('SUMMIT', [TRUMP, KIM], 'OCCURRED', { earliest: '2019-02-20', latest: '2019-02-28' });
    expect(datesAgree(gold, pV('SUMMIT', [TRUMP, KIM], 'OCCURRED', '2019-02-27', '2019-02-28'))).toBe(true);
    expect(datesAgree(gold, pV('SUMMIT', [TRUMP, KIM], 'OCCURRED', '2019-02-01', '2019-02-28'))).toBe(false);
    expect(datesAgree(gold, pV('SUMMIT', [TRUMP, KIM], 'OCCURRED', null, null))).toBe(false);
    expect(datesAgree(gV('LETTER', [KIM, TRUMP], 'OCCURRED', { latest: '2019-06-26' }), pV('LETTER', [KIM, TRUMP], 'OCCURRED', '2019-06-01', '2019-06-11'))).toBe(true);
    expect(datesAgree(gV('LETTER', [KIM, TRUMP], 'OCCURRED'), pV('LETTER', [KIM, TRUMP], 'OCCURRED'))).toBe(true);
    const s = scoreEvents([gold], [pV('MEETING', [TRUMP, KIM], 'OCCURRED', '2019-03-01')]);
    expect(s.events.counts.tp).toBe(1);
    expect(s.withDates.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.wrongDate).toHaveLength(1);
  });

  it('a gold event with a count absorbs that many predictions: one hit, no false positives', () => {
    const gold = [gV('MEETING', [MOON, KIM], 'OCCURRED', { earliest: '2018-01-01', latest: '2018-12-31', count: 3 })];
    const three = [pV('MEETING', [MOON, KIM], 'OCCURRED', '2018-04-27'), pV('MEETING', [MOON, KIM], 'OCCURRED', '2018-05-26'), pV('SUMMIT', [MOON, KIM], 'OCCURRED', '2018-09-18')];
    expect(scoreEvents(gold, three).events.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreEvents(gold, [...three, pV('MEETING', [MOON, KIM], 'OCCURRED')]).events.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('duplicates of one event are false positives; another event of the same pair is not swallowed', () => {
    const s = scoreEvents(
      [gV('SUMMIT', [XI, KIM], 'OCCURRED', { earliest: '2018-03-26', latest: '2018-03-26' }), gV('SUMMIT', [XI, KIM], 'OCCURRED', { earliest: '2018-05-07', latest: '2018-05-08' })],
      [pV('SUMMIT', [XI, KIM], 'OCCURRED', '2018-03-26'), pV('TALKS', [XI, KIM], 'OCCURRED', '2018-03-26')],
    );
    expect(s.events.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('anchored events and mentions', () => {
  const US = 'country:united-states';
  const NK = 'country:north-korea';
  // "Washington would soon impose sanctions": an event the article mentions but does not anchor.
  const sanctionsMention = gV('SANCTION', [US, NK], 'PLANNED', { mention: true, why: 'future, no date' });
  // "Trump and Kim met in Hanoi in February": anchored.
  const hanoi = gV('SUMMIT', [TRUMP, KIM], 'OCCURRED', { earliest: '2019-02-01', latest: '2019-02-28' });

  it('a mention found as a mention is a hit of the mentions line and nothing on the anchored line', () => {
    const s = scoreMentions([sanctionsMention], [], [pM('SANCTION', [US, NK], 'PLANNED', 'sanctions')]);
    expect(s.mentions.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.anchored.counts).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(s.madeEvents).toEqual([]);
  });

  it('a mention wrongly made an event is a false event on the anchored line and a missed mention, while the events line still counts it', () => {
    const event = pV('SANCTION', [US, NK], 'PLANNED');
    const s = scoreMentions([sanctionsMention], [event], []);
    expect(s.anchored.counts).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.mentions.counts).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.madeEvents).toEqual([{ gold: sanctionsMention, predicted: event }]);
    expect(scoreEvents([sanctionsMention], [event]).events.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('an anchored event found as an event is a hit of the anchored line; the gold mention beside it is missed when no mention is kept', () => {
    const s = scoreMentions([hanoi, sanctionsMention], [pV('MEETING', [KIM, TRUMP], 'OCCURRED', '2019-02-28')], []);
    expect(s.anchored.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.mentions.counts).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.mentions.misses).toEqual([sanctionsMention]);
  });

  it('an anchored event left as a mention is missed on the anchored line; its mention is no false mention', () => {
    const s = scoreMentions([hanoi], [], [pM('SUMMIT', [TRUMP, KIM], 'OCCURRED')]);
    expect(s.anchored.counts).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.mentions.counts).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(s.redundant).toHaveLength(1);
  });

  it('mentions match on kind class, participants and status; a second mention of a found event is redundant; a mention of nothing in the gold is false', () => {
    const wrongStatus = scoreMentions([sanctionsMention], [], [pM('SANCTION', [US, NK], 'OCCURRED', 'sanctions')]);
    expect(wrongStatus.mentions.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
    const wrongParties = scoreMentions([sanctionsMention], [], [pM('SANCTION', ['country:russia', 'country:china', NK], 'PLANNED', 'sanctions')]);
    expect(wrongParties.mentions.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
    const summitMention = gV('SUMMIT', [TRUMP, KIM], 'PLANNED', { mention: true });
    expect(scoreMentions([summitMention], [], [pM('MEETING', [KIM, TRUMP], 'PLANNED')]).mentions.counts.tp).toBe(1);
    const twice = scoreMentions([sanctionsMention], [], [pM('SANCTION', [US, NK], 'PLANNED', 'sanctions'), pM('SANCTION', [US, NK], 'PLANNED', 'toughest sanctions yet'), pM('LETTER', [MOON, XI], 'OCCURRED', 'letter')]);
    expect(twice.mentions.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(twice.redundant.map((m) => m.trigger.text)).toEqual(['toughest sanctions yet']);
    expect(twice.mentions.falsePositives.map((m) => m.trigger.text)).toEqual(['letter']);
  });
});

describe('articles and totals', () => {
  const gold: GoldArticle = {
    article: 'a.txt',
    publishedAt: { value: '2019-03-29', earliest: '2019-03-29', latest: '2019-03-29' },
    entities: [gE('Moon', 0, MOON), gE('Trump', 9, TRUMP)],
    times: [gT('Thursday', 47, '2019-03-28', '2019-03-28', '2019-03-28')],
    events: [gV('SUMMIT', [MOON, TRUMP], 'PLANNED')],
  };
  const text = 'Moon and Trump will meet, the White House said Thursday.';

  it('publication: within the gold interval is right; wider is wrong; null wants null', () => {
    expect(publicationCorrect(gold.publishedAt, { value: '2019-03-29', earliest: '2019-03-29', latest: '2019-03-29' })).toBe(true);
    expect(publicationCorrect({ value: '2018-10', earliest: '2018-10-07', latest: '2018-10-08' }, { value: 'x', earliest: '2018-09-20', latest: '2019-01-31' })).toBe(false);
    expect(publicationCorrect(null, null)).toBe(true);
    expect(publicationCorrect(gold.publishedAt, null)).toBe(false);
  });

  it('a stale gold offset is moved to the nearest occurrence of its text, and reported', () => {
    const { gold: fixed, repairs } = anchorGold({ ...gold, entities: [gE('Trump', 7, TRUMP)] }, text);
    expect(fixed.entities[0]!.start).toBe(9);
    expect(repairs).toHaveLength(1);
    expect(anchorGold(gold, text.replace('Thursday', 'Friday')).gold.times[0]!.start).toBeUndefined();
  });

  it('the events line counts every gold event; the anchored and mentions lines split them by `mention`', () => {
    const predicted: PredictedArticle = {
      source: 'a.txt',
      publishedAt: gold.publishedAt,
      dateSource: 'header',
      entities: [],
      times: [],
      events: [pV('SUMMIT', [MOON, TRUMP], 'PLANNED')],
      eventMentions: [pM('SANCTION', ['country:united-states', 'country:north-korea'], 'OCCURRED', 'sanctions')],
    };
    const withMention: GoldArticle = { ...gold, events: [...gold.events, gV('SANCTION', ['country:united-states', 'country:north-korea'], 'OCCURRED', { mention: true })] };
    const s = summarise([scoreArticle(withMention, { text, predicted })]);
    expect(s.categories.events).toMatchObject({ gold: 2, tp: 1, fp: 0, fn: 1 });
    expect(s.categories['events.anchored']).toMatchObject({ gold: 1, tp: 1, fp: 0, fn: 0 });
    expect(s.categories.mentions).toMatchObject({ gold: 1, tp: 1, fp: 0, fn: 0 });
    expect(s.eventMentions).toEqual({ predicted: 1, redundant: 0, madeEvents: 0 });
    expect(s.categories.overall).toMatchObject({ gold: 2 + 1 + 2 });
  });

  it('overall is the micro-average of entities, time values and events', () => {
    const r = scoreArticle(gold, {
      text,
      predicted: {
        source: 'a.txt',
        publishedAt: { value: '2019-03-29', earliest: '2019-03-29', latest: '2019-03-29' },
        dateSource: 'header',
        entities: [pE('Moon', 0, MOON), pE('Trump', 9, TRUMP), pE('White House', 30, 'organization:white-house')],
        times: [pT('Thursday', 47, '2019-04-04', '2019-04-04', '2019-04-04')],
        events: [],
        eventMentions: [],
      },
    });
    const s = summarise([r]);
    expect(s.categories.entities).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(s.categories.times).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.categories.events).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.categories.overall).toMatchObject({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5 });
    expect(s.publication).toMatchObject({ correct: 1, total: 1 });
  });
});

describe('gold files and options', () => {
  it('a gold file with an id that contradicts its kind, a bad day or an unknown status is refused', () => {
    const base = { article: 'a.txt', publishedAt: null, entities: [], times: [], events: [] };
    expect(() => checkGold({ ...base, entities: [{ text: 'Kim', kind: 'COUNTRY', id: KIM }] }, 'g.json')).toThrow(GoldFormatError);
    expect(() => checkGold({ ...base, times: [{ text: 'May', value: '2019-05', earliest: '2019-5-1', latest: null, granularity: 'month' }] }, 'g.json')).toThrow(/YYYY-MM-DD/);
    expect(() => checkGold({ ...base, events: [{ kind: 'SUMMIT', participants: [KIM], status: 'DONE' }] }, 'g.json')).toThrow(/status/);
    expect(checkGold(base, 'g.json')).toEqual(base);
  });

  it('a gold event may be marked a mention, with a why; a misspelt or mistyped field is refused', () => {
    const base = { article: 'a.txt', publishedAt: null, entities: [], times: [] };
    const event = { kind: 'SANCTION', participants: ['country:united-states', 'country:north-korea'], status: 'PLANNED' };
    expect(checkGold({ ...base, events: [{ ...event, mention: true, why: 'future' }] }, 'g.json').events[0]).toEqual({ ...event, mention: true, why: 'future' });
    expect(() => checkGold({ ...base, events: [{ ...event, mention: 'yes' }] }, 'g.json')).toThrow(/events\[0\]\.mention must be true or false/);
    expect(() => checkGold({ ...base, events: [{ ...event, mentions: true }] }, 'g.json')).toThrow(/unknown field\(s\) mentions/);
  });

  it('--min-f1 takes known categories with values in [0, 1]', () => {
    expect(parseMinF1('entities=0.85,times=0.85,events=0.75')).toEqual(
      new Map([
        ['entities', 0.85],
        ['times', 0.85],
        ['events', 0.75],
      ]),
    );
    expect(() => parseMinF1('entity=0.8')).toThrow(EvalUsageError);
    expect(() => parseMinF1('events=1.5')).toThrow(EvalUsageError);
    expect(parseArgs(['--verbose', '--json=out/eval.json', '--min-f1=events+dates=0.5'])).toMatchObject({ verbose: true, json: 'out/eval.json' });
    expect(() => parseArgs(['--frobnicate'])).toThrow(EvalUsageError);
  });
});
