// easterSunday (src/extract/time/easterSunday.ts) against Easter dates of the Gregorian calendar
// as published (the earliest and latest possible, March 22 and April 25, included).
import { describe, expect, it } from 'vitest';
import { easterSunday } from '../src/extract/time/easterSunday.js';

const KNOWN: [number, string][] = [
  [1818, '1818-03-22'],
  [1943, '1943-04-25'],
  [2000, '2000-04-23'],
  [2008, '2008-03-23'],
  [2011, '2011-04-24'],
  [2018, '2018-04-01'],
  [2019, '2019-04-21'],
  [2038, '2038-04-25'],
  [2285, '2285-03-22'],
];

describe('easterSunday', () => {
  for (const [year, date] of KNOWN) {
    it(`${year}: ${date}`, () => {
      const d = easterSunday(year);
      expect(d.iso).toBe(date);
      expect(d.weekday).toBe(0);
    });
  }
});
