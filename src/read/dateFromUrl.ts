// The publication day written in an article URL's path: /2019/06/26/, 2019-06-26 or 2019_06_26 in
// a slug, a month by name (/2013/nov/08/), or eight digits standing alone in a path segment
// (/20150212-deal-..., /20210513_lavrov...). Dates in the host or query string are ignored.
// Example: dateFromUrl('https://example.com/world/2019/06/26/summit-talks') -> day span 2019-06-26
//          (text '2019/06/26'); dateFromUrl('https://example.com/2019/06/summit') -> null (no day).
import type { TimeSpan } from '../model/index.js';
import { daySpan } from './daySpan.js';

const URL_DAY = /(?:^|[^\d])((?:19|20)\d{2})([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const URL_NAMED_MONTH = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(0?[1-9]|[12]\d|3[01])(?=\/|$)/i;
/** Eight digits bounded by a segment's edge or a dash, dot or underscore: YYYYMMDD. */
const URL_COMPACT = /(?:^|[/_.-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

export function dateFromUrl(url: string): TimeSpan | null {
  let path = url;
  try {
    path = new URL(url).pathname; // ignore dates in the host or query string
  } catch {
    // not an absolute URL: search the whole string
  }
  const m = URL_DAY.exec(path);
  if (m) return daySpan(`${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`, Number(m[1]), Number(m[3]), Number(m[4]));
  const named = URL_NAMED_MONTH.exec(path);
  if (named) return daySpan(named[0].slice(1), Number(named[1]), MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1, Number(named[3]));
  const compact = URL_COMPACT.exec(path);
  if (compact) return daySpan(`${compact[1]}${compact[2]}${compact[3]}`, Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}
