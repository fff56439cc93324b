// The calendar vocabulary our own parsers match (chrono's dictionaries are not exported):
// month names and their news abbreviations, weekdays, seasons, and number words.
import type { Season } from './timeNote.js';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';

const FULL_MONTHS = Object.keys(MONTHS).filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function alternatives(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

export const calendarWords = {
  /** Capitalised month name or abbreviation (with optional dot): "February", "Feb.", "Sept.". */
  monthPattern: `(?:${alternatives(FULL_MONTHS.map(capitalise))}|(?:${alternatives(Object.keys(MONTHS).filter((w) => !FULL_MONTHS.includes(w)).map(capitalise))})\\.?)`,
  weekdayPattern: `(?:${alternatives(Object.keys(WEEKDAYS).map(capitalise))})`,
  seasonPattern: `(?:${alternatives(Object.keys(SEASONS))})`,
  /** A count: "1,000", "2.5", digits, "seventy-five", "two", "a"/"an". */
  countPattern: `(?:\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+|\\d{1,4}|(?:${TENS})[- ](?:${UNITS})|${alternatives(Object.keys(SMALL))})`,

  month(word: string): number | null {
    return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
  },
  weekday(word: string): number | null {
    return WEEKDAYS[word.toLowerCase()] ?? null;
  },
  season(word: string): Season | null {
    return SEASONS[word.toLowerCase()] ?? null;
  },
  count(word: string): number | null {
    const w = word.toLowerCase();
    if (/^[\d,.]+$/.test(w)) return Number(w.replace(/,/g, ''));
    const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
    if (compound) {
      const tens = SMALL[compound[1]!];
      const units = SMALL[compound[2]!];
      return tens !== undefined && units !== undefined ? tens + units : null;
    }
    return SMALL[w] ?? null;
  },
};
