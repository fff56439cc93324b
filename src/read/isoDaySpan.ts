// A publication day given as an ISO day ("2019-06-26", as `extract --published` and the API's
// ingestArticles take it) as a day TimeSpan; null for any other text or a day that does not exist.
//
//   isoDaySpan('2019-06-26') -> { text: '2019-06-26', earliest: '2019-06-26', latest: '2019-06-26', granularity: 'day', value: '2019-06-26' }
//   isoDaySpan('2019-02-30') -> null
import type { TimeSpan } from '../model/index.js';
import { daySpan } from './daySpan.js';

export function isoDaySpan(text: string): TimeSpan | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? daySpan(text, Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
