// A wire-service dateline at the head of one of the first paragraphs: "SEOUL, Oct. 7 (Yonhap) --
// ...", "BEIJING, Jan. 10 (Yonhap) --", or with the year, the city and the outlet in any order
// around it: "May 13, 2021 (EIRNS)—The ...", "March 12, 2015, Washington, D.C. – Forty-seven ...",
// "14ymedio, Washington, 17 December 2014 (With information from agencies) — ...". Without a year
// the day is kept as a partial TimeSpan (value "XXXX-10-07", no interval) whose year resolve
// supplies from what the article reports; with one it is that day. Without a year, the agency marks the dateline ("(PTI) -", "(The Hindu):", "/TASS/.")
// and the city may be in any case or absent ("Feb. 17 (Reuters) -"). The text itself is left as it
// is (the city is a place mention).
// Example: wireDateline('SEOUL, Oct. 7 (Yonhap) -- Talks...') -> { value: 'XXXX-10-07', earliest: null, ... }
//          wireDateline('May 13, 2021 (EIRNS)—The ministry...') -> day span 2021-05-13
import type { TimeSpan } from '../model/index.js';
import { daySpan } from './daySpan.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
const DASH = String.raw`\s*(?:--|-|—|–)`;
const AGENCY = String.raw`\s*\([^)]{2,60}\)`;
/**
 * "SEOUL, Oct. 7 (Yonhap) --", "NEW DELHI, Feb 17 (PTI) -", "Srinagar, February 14 (The Hindu):",
 * "Feb. 17 (Reuters) -": perhaps a city, month and day, the agency in brackets and a dash or a colon;
 * or "MOSCOW, February 6. /TASS/.": the city, month and day, the agency between slashes.
 */
const PARTIAL = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L} .'/-]{1,30}(?:,\s+\p{Lu}[\p{L}.]+)?,\s+)?(${MONTH}\s+(\d{1,2}))(?:${AGENCY}(?:${DASH}|\s*:)|\.\s*\/\p{Lu}{2,}\/)`,
  'u',
);
/** Up to two leading names (outlet, city), the full date, then a place, an outlet in brackets, or both, then a dash and a sentence's start. */
const LEAD = String.raw`^(?:[\p{L}\d][\p{L}\d .'&-]{0,30},\s+){0,2}`;
const PLACE = String.raw`(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?)?`;
const MONTH_FIRST = new RegExp(String.raw`${LEAD}(${MONTH}\s+(\d{1,2}),?\s+((?:19|20)\d{2}))${PLACE}(?:${AGENCY})?${DASH}\s*(?=[\p{Lu}\d"“])`, 'u');
const DAY_FIRST = new RegExp(String.raw`${LEAD}((\d{1,2})\s+${MONTH},?\s+((?:19|20)\d{2}))${PLACE}(?:${AGENCY})?${DASH}\s*(?=[\p{Lu}\d"“])`, 'u');
/** How many paragraphs from the top a dated wire dateline may open (captions and a standfirst may come first). */
const PARAGRAPHS = 4;

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export function wireDateline(text: string): TimeSpan | null {
  const paragraphs = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, PARAGRAPHS);
  for (const p of paragraphs) {
    const m = MONTH_FIRST.exec(p);
    if (m) return daySpan(m[1]!, Number(m[4]), monthOf(m[2]!), Number(m[3]));
    const d = DAY_FIRST.exec(p);
    if (d) return daySpan(d[1]!, Number(d[4]), monthOf(d[3]!), Number(d[2]));
  }
  const m = paragraphs.map((p) => PARTIAL.exec(p)).find((found) => found !== null);
  if (!m) return null;
  const month = monthOf(m[2]!);
  const day = Number(m[3]);
  if (month < 1 || day < 1 || day > 31) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { text: m[1]!, earliest: null, latest: null, granularity: 'day', value: `XXXX-${pad(month)}-${pad(day)}` };
}
