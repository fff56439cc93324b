// A publication date given as metadata (JSONL publishedAt, HTML meta tags, <time datetime>,
// markdown front matter) -> a day span. ISO timestamps keep the calendar day as written (no
// conversion to UTC); other full dates go through chrono with a fixed reference.
// Example: parseMetadataDate('2019-06-26T10:31:00+09:00') -> day span 2019-06-26;
//          parseMetadataDate('Wed, 26 Jun 2019 01:31:00 GMT') -> 2019-06-26; parseMetadataDate('soon') -> null
import * as chrono from 'chrono-node';
import type { TimeSpan } from '../model/index.js';
import { daySpan } from './daySpan.js';

const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

export function parseMetadataDate(value: string): TimeSpan | null {
  const text = value.trim();
  if (text === '' || text.length > 100) return null;
  const iso = ISO_DAY.exec(text);
  if (iso) return daySpan(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const first = chrono.strict.parse(text, REFERENCE)[0];
  if (!first) return null;
  const start = first.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return daySpan(text, start.get('year') ?? NaN, start.get('month') ?? NaN, start.get('day') ?? NaN);
}
