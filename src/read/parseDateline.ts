// A dateline: a line that says nothing but when the article was published, with year, month and
// day all written out (labels such as "Published:", weekday names, times and zones allowed), or
// that says so beside the byline or the outlet, set apart by a separator ("Monica Sanchez | May
// 29, 2015", "example.com | 27-Feb-2019 06:28 PM") or after "By" ("By Cindy Saine July 12, 2017").
// The byline part is handed back so the reader can keep the author.
// Example: parseDateline('26 Jun, 2019 10:31') -> day span 2019-06-26 (text '26 Jun, 2019 10:31');
//          parseDateline('Updated: Wed, June 26, 2019 10:31 AM EDT') -> 2019-06-26;
//          datelineOf('Ana Lima | June 26, 2019') -> { span: 2019-06-26, byline: 'By Ana Lima' };
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
/** "This story is from July 29, 2022", "This article was published on ...": a page's own label. */
const LABEL = /^(?:this\s+(?:story|article|report|page)\s+(?:is|was)\s+(?:from|published(?:\s+on)?|posted(?:\s+on)?))\s*:?\s*/i;
/** Separators news pages put between byline, outlet and date. */
const SEPARATOR = /\s+[|•·]\s+|\s*\|\s*/;
/** A name word of a byline ("Monica", "O'Brien", "Jae-in", "J."). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const NOT_NAMES = /^(?:By|Updated|Published|Posted|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

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

/** A press release's own words beside its date: "FOR IMMEDIATE RELEASE | Friday, October 7, 2022 | Media Contact: ...". */
const RELEASE = /^(?:for\s+immediate\s+release|press\s+release|media\s+contacts?\b.*)$/i;

/** A segment that names who or where, not when: up to five capitalised name words, or an outlet's domain. */
function isBylineOrOutlet(segment: string): boolean {
  const s = segment.trim().replace(/^by\s+/i, '');
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(s) || RELEASE.test(s)) return true;
  const words = s.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 5 && words.every((w) => NAME_WORD.test(w) && !NOT_NAMES.test(w) || /^(?:and|&|de|van|von|bin|al)$/i.test(w));
}

/** The date of a segment that holds nothing else but noise, or null. */
function pureDate(segment: string): TimeSpan | null {
  const trimmed = segment.trim().replace(LABEL, '');
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

export function datelineOf(line: string): { span: TimeSpan; byline: string | null } | null {
  // "December 10, 2020Updated: December 10, 2020": words glued to a year by a stripped tag.
  const trimmed = line
    .trim()
    .replace(/(\d)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .replace(/(?<=\p{L})(?=(?:Updated|Published|Posted|First published|Last updated)\b)/gu, ' ');
  if (trimmed === '' || trimmed.length > MAX_LENGTH) return null;
  const whole = pureDate(trimmed);
  if (whole) return { span: whole, byline: null };
  const segments = trimmed.split(SEPARATOR).filter((s) => s.trim() !== '');
  if (segments.length > 1) {
    const dated = segments.map(pureDate);
    const at = dated.findIndex((d) => d !== null);
    const others = segments.filter((_, i) => i !== at);
    if (at >= 0 && others.every(isBylineOrOutlet)) {
      const names = others.filter((s) => !/^[\w-]+(?:\.[\w-]+)+$/.test(s.trim()) && !RELEASE.test(s.trim()));
      return { span: dated[at]!, byline: names.length ? `By ${names.join(', ').replace(/^by\s+/i, '')}` : null };
    }
    return null;
  }
  // "Anas Yassin Updated: Wednesday Jan 6, 2021": a byline, then a labelled date.
  const labelled = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?=(?:Updated|Published|Posted)\b)/u.exec(trimmed);
  if (labelled && isBylineOrOutlet(labelled[1]!)) {
    const span = pureDate(trimmed.slice(labelled[0].length));
    if (span) return { span, byline: `By ${labelled[1]!.trim()}` };
  }
  // "By Cindy Saine July 12, 2017": a byline of one to four name words, then the date.
  const words = trimmed.split(/\s+/);
  if (/^by$/i.test(words[0] ?? '')) {
    for (let n = 1; n <= 4 && n < words.length; n++) {
      const name = words.slice(1, n + 1).join(' ');
      const span = isBylineOrOutlet(name) ? pureDate(words.slice(n + 1).join(' ')) : null;
      if (span) return { span, byline: `By ${name}` };
    }
  }
  return null;
}

export function parseDateline(line: string): TimeSpan | null {
  return datelineOf(line)?.span ?? null;
}
