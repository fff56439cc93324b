// The publication day written in an article URL: /2019/06/26/ or 2019-06-26 in a slug.
// Example: dateFromUrl('https://example.com/world/2019/06/26/summit-talks') -> day span 2019-06-26
//          (text '2019/06/26'); dateFromUrl('https://example.com/2019/06/summit') -> null (no day).
import type { TimeSpan } from '../model/index.js';
import { daySpan } from './daySpan.js';

const URL_DAY = /(?:^|[^\d])((?:19|20)\d{2})([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)/;

export function dateFromUrl(url: string): TimeSpan | null {
  let path = url;
  try {
    path = new URL(url).pathname; // ignore dates in the host or query string
  } catch {
    // not an absolute URL: search the whole string
  }
  const m = URL_DAY.exec(path);
  if (!m) return null;
  return daySpan(`${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`, Number(m[1]), Number(m[3]), Number(m[4]));
}
