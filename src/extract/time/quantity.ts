// How many units a duration counts, as the words say it: "three", "twenty four", "2 1/2", "two
// and a half", "a couple of", "a hundred", "several" (unknown: X in TIMEX3). Written by hand:
// chrono's number words are not exported and it has no vague counts.
//   quantity.read('2 1/2') -> 2.5;  quantity.read('several') -> null;  quantity.read('a couple of') -> 2
import { calendarWords } from './calendarWords.js';

const VAGUE = 'several|a\\s+few|few|many|some|a\\s+number\\s+of|numerous|countless';
const HUNDREDS = '(?:(?:a|one|two|three|four|five|six|seven|eight|nine|\\d)\\s+)?(?:hundred|thousand)';
/** A fraction after a whole number, "1/2" in "2 1/2" (news copy often joins them with a no-break space). */
const FRACTION = '(?:[\\s\\u00a0]+\\d/\\d{1,2})';

export const quantity = {
  /** A count, its fraction or "and a half", or a vague count. Longest alternatives first. */
  pattern: `(?:(?:a\\s+)?couple\\s+of|half\\s+an?|${HUNDREDS}|(?:\\d+|${calendarWords.countPattern})${FRACTION}?(?:\\s+and\\s+a\\s+half)?|${VAGUE})`,

  /** The number the words give; null for a vague count ("several"), NaN for no count at all. */
  read(words: string): number | null {
    const w = words.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
    if (new RegExp(`^(?:${VAGUE})$`).test(w)) return null;
    if (/^(?:a )?couple of$/.test(w)) return 2;
    if (/^half an?$/.test(w)) return 0.5;
    const hundred = /^(?:(\S+) )?(hundred|thousand)$/.exec(w);
    if (hundred) {
      const n = hundred[1] ? calendarWords.count(hundred[1]) : 1;
      return n === null ? NaN : n * (hundred[2] === 'hundred' ? 100 : 1000);
    }
    const half = /^(.+) and a half$/.exec(w);
    if (half) return (quantity.read(half[1]!) ?? NaN) + 0.5;
    const fraction = /^(\d+) (\d)\/(\d{1,2})$/.exec(w);
    if (fraction) return Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]);
    return calendarWords.count(w) ?? NaN;
  },
};
