// A dateline: a line that says nothing but when the article was published, with year, month and
// day all written out (labels such as "Published:", weekday names, times and zones allowed).
// Example: parseDateline('26 Jun, 2019 10:31') -> day span 2019-06-26 (text '26 Jun, 2019 10:31');
//          parseDateline('Updated: Wed, June 26, 2019 10:31 AM EDT') -> 2019-06-26;
//          parseDateline('Trump met Kim on June 30, 2019.') -> null (a sentence, not a dateline).
import * as chrono from 'chrono-node';
import type { TimeSpan } from '../model/index.js';
import { daySpan } from './daySpan.js';

/** Fixed reference for chrono; only full dates (year, month, day written) are accepted anyway. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const MAX_LENGTH = 90;

/** Words that may stand next to the date on a dateline line. */
const NOISE = new Set([
  'published', 'updated', 'posted', 'last', 'first', 'modified', 'date', 'dated', 'on', 'at', 'as', 'of',
  'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'gmt', 'utc', 'et', 'pt', 'ct', 'mt', 'kst', 'jst', 'ist', 'cet', 'cest',
  'bst', 'msk', 'hkt', 'sgt', 'aest', 'aedt', 'z',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
]);

function isNoise(token: string): boolean {
  if (token === '') return true;
  if (NOISE.has(token.toLowerCase())) return true;
  if (/^[A-Z]{1,4}T$/.test(token)) return true; // EDT, PST, KST, ...
  if (/^[+-]?\d{1,2}:?\d{2}$/.test(token)) return true; // 10:31, +0900
  if (/^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm)?$/i.test(token)) return true;
  return false;
}

/** "06/07/2019" could be June 7 or July 6: refuse rather than guess. */
function isAmbiguousNumeric(text: string): boolean {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}/.exec(text.trim());
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a <= 12 && b <= 12 && a !== b;
}

export function parseDateline(line: string): TimeSpan | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_LENGTH) return null;
  const results = chrono.strict.parse(trimmed, REFERENCE);
  const first = results[0];
  if (!first) return null;
  const start = first.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  if (isAmbiguousNumeric(first.text)) return null;
  let leftover = trimmed;
  for (const r of results) leftover = leftover.replace(r.text, ' ');
  const tokens = leftover.split(/[\s,|•·:;()[\]\-–—/]+/);
  if (!tokens.every(isNoise)) return null;
  return daySpan(first.text, start.get('year') ?? NaN, start.get('month') ?? NaN, start.get('day') ?? NaN);
}
