// Time extractor (src/extract/time/extractTimes.ts). Fixtures are data in tests/fixtures/time/:
// cases.json (news-style sentences) and articles.json (the sample articles), each with a fixed
// reference date. Expected offsets are found in the fixture text itself, never taken from the
// extractor; each list is complete and in text order.
import { readFileSync } from 'node:fs';
import { casual } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { timexType, type TimeMention } from '../src/model/index.js';
import { chronoReadings } from '../src/extract/time/chronoReadings.js';
import { extractTimes, type TimeOptions } from '../src/extract/time/extractTimes.js';

interface Expected {
  text: string;
  occurrence?: number;
  value: string;
  earliest: string | null;
  latest: string | null;
  granularity: string;
  /** TIMEX3 type; when left out, DURATION for a duration and DATE otherwise. */
  type?: string;
  anchor: string;
  by?: string;
  /** The whole range an opening end carries ("Feb. 27" of "Feb. 27-28"). */
  range?: { text: string; earliest: string; latest: string };
}

interface Case {
  name: string;
  sentence: string;
  reference: string | null;
  options?: Partial<TimeOptions>;
  expected: Expected[];
}

interface ArticleCase {
  file: string;
  reference: string | null;
  why: string;
  expected: Expected[];
}

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/time/${name}`, import.meta.url), 'utf8')) as T;
}

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" occurs fewer than ${n + 1} times`);
  }
  return at;
}

function expectMentions(text: string, mentions: TimeMention[], expected: Expected[]): void {
  expect(mentions.map((m) => m.text)).toEqual(expected.map((e) => e.text));
  expected.forEach((e, i) => {
    const m = mentions[i]!;
    const start = nthIndex(text, e.text, e.occurrence ?? 0);
    expect({ start: m.start, end: m.end }, e.text).toEqual({ start, end: start + e.text.length });
    expect(text.slice(m.start, m.end)).toBe(m.text);
    const type = e.type ?? (e.granularity === 'duration' ? 'DURATION' : 'DATE');
    expect(m.span, e.text).toEqual({ text: e.text, earliest: e.earliest, latest: e.latest, granularity: e.granularity, value: e.value, type });
    expect(m.anchor, e.text).toBe(e.anchor);
    expect(m.range && { text: m.range.text, earliest: m.range.earliest, latest: m.range.latest }, `${e.text} (range)`).toEqual(e.range);
    if (e.by) expect(m.by, e.text).toBe(e.by);
    else expect(m.by).toMatch(/^(chrono|time)\//);
  });
}

const ctx = (reference: string | null, text: string) => Object.freeze({ articleId: 'article:test', text, reference });

describe('extractTimes: sentences', () => {
  for (const c of fixture<Case[]>('cases.json')) {
    it(`${c.name} (${c.reference})`, () => {
      expectMentions(c.sentence, extractTimes(c.sentence, ctx(c.reference, c.sentence), c.options), c.expected);
    });
  }
});

describe('extractTimes: sample articles', () => {
  for (const a of fixture<ArticleCase[]>('articles.json')) {
    it(`${a.file} with reference ${a.reference} (${a.why})`, () => {
      const text = readFileSync(new URL(`../examples/articles/${a.file}`, import.meta.url), 'utf8');
      expectMentions(text, extractTimes(text, ctx(a.reference, text)), a.expected);
    });
  }
});

describe('extractTimes: contract', () => {
  const text = readFileSync(new URL('../examples/articles/001_af26076510e1f8aa.txt', import.meta.url), 'utf8');

  it('is deterministic and does not depend on the system time zone', () => {
    const first = extractTimes(text, ctx('2019-06-26', text));
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'UTC']) {
        process.env.TZ = tz;
        expect(extractTimes(text, ctx('2019-06-26', text))).toEqual(first);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('never throws: no match is []', () => {
    expect(extractTimes('', ctx('2019-06-26', ''))).toEqual([]);
    expect(extractTimes('   \n\n ', ctx(null, '   \n\n '))).toEqual([]);
    expect(extractTimes(undefined as unknown as string, ctx('2019-06-26', ''))).toEqual([]);
    const odd = 'on 31 February 2019, on June 31, in the 13th month, 9999-99-99';
    expect(() => extractTimes(odd, ctx('2019-06-26', odd))).not.toThrow();
    const long = text.repeat(20);
    expect(() => extractTimes(long, ctx('2019-06-26', long))).not.toThrow();
  });

  it('keeps or drops, with a reason, every parser of chrono casual English', () => {
    const names = casual.parsers.map((p) => p.constructor.name);
    const listed = [...Object.keys(chronoReadings.kept), ...Object.keys(chronoReadings.dropped)];
    expect([...names].sort()).toEqual([...listed].sort());
  });

  it('records a TIMEX3 type on every mention; spans without one get it from their value', () => {
    const sentence = 'Kim arrived at 10 p.m. on Sunday and stayed for three days, as he does every year.';
    const types = extractTimes(sentence, ctx('2019-06-26', sentence)).map((m) => [m.text, m.span.type, m.span.value]);
    expect(types).toEqual([['10 p.m. on Sunday', 'TIME', '2019-06-23T22:00'], ['three days', 'DURATION', 'P3D'], ['every year', 'SET', 'P1Y']]);
    expect(timexType({ value: '2019-06-23' })).toBe('DATE');
    expect(timexType({ value: '2019-06-23TNI' })).toBe('TIME');
    expect(timexType({ value: 'P3D' })).toBe('DURATION');
    expect(timexType({ value: 'PAST_REF' })).toBe('DATE');
    expect(timexType({ value: 'P1Y', type: 'SET' })).toBe('SET');
  });
});
