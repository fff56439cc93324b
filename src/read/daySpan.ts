// A publication day as a TimeSpan at day granularity, or null when the date does not exist.
// Example: daySpan('26 Jun, 2019', 2019, 6, 26)
//   -> { text: '26 Jun, 2019', earliest: '2019-06-26', latest: '2019-06-26', granularity: 'day', value: '2019-06-26' }
import type { TimeSpan } from '../model/index.js';

export function daySpan(text: string, year: number, month: number, day: number): TimeSpan | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { text, earliest: iso, latest: iso, granularity: 'day', value: iso };
}
