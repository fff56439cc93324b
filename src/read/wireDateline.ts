// A wire-service dateline that gives month and day but no year, at the head of the first
// paragraph: "SEOUL, Oct. 7 (Yonhap) -- ...", "BEIJING, Jan. 10 (Yonhap) --". The day is kept as a
// partial TimeSpan (value "XXXX-10-07", no interval); resolve supplies the year from what the
// article reports. The text itself is left as it is (the city is a place mention).
// Example: wireDateline('SEOUL, Oct. 7 (Yonhap) -- Talks...') -> { value: 'XXXX-10-07', earliest: null, ... }
import type { TimeSpan } from '../model/index.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATELINE = /^\p{Lu}[\p{Lu} .'/-]+(?:,\s+\p{Lu}[\p{L}.]+)?,\s+((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}))\s*\([^)]{2,40}\)\s*(?:--|-|—|–)/u;

export function wireDateline(text: string): TimeSpan | null {
  const m = DATELINE.exec(text.trimStart());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[3]);
  if (month < 1 || day < 1 || day > 31) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { text: m[1]!, earliest: null, latest: null, granularity: 'day', value: `XXXX-${pad(month)}-${pad(day)}` };
}
