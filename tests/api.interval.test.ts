// The pure interval logic behind encounters/betweenSummits/timeline (DESIGN.md, Time).
import { describe, expect, it } from 'vitest';
import { CalendarDay } from '../src/model/calendarDay.js';
import { accepts, certaintyIn, contains, dayAfter, dayBefore, expandDate, intersect, intervalOf, isEmpty, overlaps, UNBOUNDED } from '../src/api/interval.js';

describe('expandDate', () => {
  const cases: [string, 'start' | 'end', string | null][] = [
    ['2019', 'start', '2019-01-01'],
    ['2019', 'end', '2019-12-31'],
    ['2019-02', 'start', '2019-02-01'],
    ['2019-02', 'end', '2019-02-28'],
    ['2020-02', 'end', '2020-02-29'],
    ['2018-06-12', 'start', '2018-06-12'],
    ['2018-06-12', 'end', '2018-06-12'],
    [' 2019-04 ', 'end', '2019-04-30'],
    ['2019-13', 'start', null],
    ['2019-02-30', 'end', null],
    ['19', 'start', null],
    ['last year', 'start', null],
    ['2019-2-1', 'start', null],
  ];
  for (const [text, side, day] of cases) {
    it(`${JSON.stringify(text)} ${side} -> ${day}`, () => expect(expandDate(text, side)).toBe(day));
  }
});

describe('day arithmetic', () => {
  it('crosses months, years and leap days', () => {
    expect(dayAfter('2018-06-12')).toBe('2018-06-13');
    expect(dayAfter('2019-02-28')).toBe('2019-03-01');
    expect(dayAfter('2020-02-28')).toBe('2020-02-29');
    expect(dayAfter('2018-12-31')).toBe('2019-01-01');
    expect(dayBefore('2019-02-27')).toBe('2019-02-26');
    expect(dayBefore('2019-01-01')).toBe('2018-12-31');
    expect(dayBefore('2020-03-01')).toBe('2020-02-29');
    expect(() => dayAfter('2019-02')).toThrow(RangeError);
  });

  it('takes the later or earlier of two bounds, null being no bound', () => {
    expect(CalendarDay.later('2019-02-27', '2018-12-31')).toBe('2019-02-27');
    expect(CalendarDay.earlier('2019-02-27', '2018-12-31')).toBe('2018-12-31');
    expect(CalendarDay.later(null, '2018-12-31')).toBe('2018-12-31');
    expect(CalendarDay.earlier('2019-02-27', null)).toBe('2019-02-27');
    expect(CalendarDay.later(null, null)).toBeNull();
  });

  it('counts the days between two days across a leap day and a year, NaN for no day', () => {
    expect(CalendarDay.daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(CalendarDay.daysBetween('2018-12-31', '2019-01-31')).toBe(31);
    expect(CalendarDay.daysBetween('2019-01-31', '2018-12-31')).toBe(-31);
    expect(CalendarDay.daysBetween('2019-06-12', '2019-06-12')).toBe(0);
    expect(CalendarDay.daysBetween('2019-02', '2019-03-01')).toBeNaN();
  });
});

describe('intervals', () => {
  const gap = { start: '2018-06-13', end: '2019-02-26' }; // between the Singapore and Hanoi summits

  it('reads a time span; no earliest day means undated; no latest day is open-ended', () => {
    expect(intervalOf({ text: 'in February', earliest: '2019-02-01', latest: '2019-02-28', granularity: 'month', value: '2019-02' })).toEqual({ start: '2019-02-01', end: '2019-02-28' });
    expect(intervalOf({ text: 'P4M', earliest: null, latest: null, granularity: 'duration', value: 'P4M' })).toBeNull();
    expect(intervalOf({ text: 'before June', earliest: null, latest: '2019-05-31', granularity: 'reference', value: 'PAST_REF' })).toBeNull();
    expect(intervalOf(null)).toBeNull();
    expect(intervalOf({ text: 'since 2018', earliest: '2018-01-01', latest: null, granularity: 'year', value: '2018' })).toEqual({ start: '2018-01-01', end: null });
  });

  it('intersects windows and spots empty ones', () => {
    expect(intersect({ start: '2019-01-01', end: null }, { start: '2018-06-13', end: '2019-02-26' })).toEqual({ start: '2019-01-01', end: '2019-02-26' });
    expect(intersect(UNBOUNDED, UNBOUNDED)).toEqual(UNBOUNDED);
    expect(isEmpty({ start: '2019-03-01', end: '2019-02-28' })).toBe(true);
    expect(isEmpty({ start: '2019-03-01', end: '2019-03-01' })).toBe(false);
    expect(isEmpty({ start: '2019-03-01', end: null })).toBe(false);
  });

  it('contains and overlaps, bounds inclusive', () => {
    expect(contains(gap, { start: '2018-06-13', end: '2019-02-26' })).toBe(true);
    expect(contains(gap, { start: '2019-02-01', end: '2019-02-28' })).toBe(false);
    expect(contains({ start: '2019-01-01', end: null }, { start: '2019-07-01', end: null })).toBe(true);
    expect(contains(gap, { start: '2019-01-01', end: null })).toBe(false);
    expect(overlaps(gap, { start: '2019-02-26', end: '2019-02-28' })).toBe(true);
    expect(overlaps(gap, { start: '2019-02-27', end: '2019-02-28' })).toBe(false);
    expect(overlaps(gap, { start: '2018-01-01', end: null })).toBe(true);
  });

  it('classifies DEFINITE (wholly inside), POSSIBLE (overlapping) or outside', () => {
    expect(certaintyIn({ start: '2018-09-01', end: '2018-09-30' }, gap)).toBe('DEFINITE'); // Pyongyang, "in September"
    expect(certaintyIn({ start: '2019-02-01', end: '2019-02-28' }, gap)).toBe('POSSIBLE'); // "in February"
    expect(certaintyIn({ start: '2018-06-01', end: '2018-06-30' }, gap)).toBe('POSSIBLE'); // "in June"
    expect(certaintyIn({ start: '2019-02-27', end: '2019-02-28' }, gap)).toBeNull(); // Hanoi itself
    expect(certaintyIn({ start: '2018-06-12', end: '2018-06-12' }, gap)).toBeNull(); // Singapore itself
    expect(certaintyIn({ start: '2018-01-01', end: null }, gap)).toBe('POSSIBLE');
    expect(certaintyIn(null, gap)).toBeNull();
    expect(certaintyIn(null, UNBOUNDED)).toBe('DEFINITE');
    expect(certaintyIn({ start: '2019-02-01', end: '2019-02-28' }, { start: '2019-03-01', end: '2019-02-28' })).toBeNull();
  });

  it('keeps POSSIBLE results only when POSSIBLE was asked for', () => {
    expect(accepts('DEFINITE', 'DEFINITE')).toBe(true);
    expect(accepts('DEFINITE', 'POSSIBLE')).toBe(false);
    expect(accepts('POSSIBLE', 'POSSIBLE')).toBe(true);
    expect(accepts('POSSIBLE', 'DEFINITE')).toBe(true);
  });
});
