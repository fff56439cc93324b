// Merges two lists of events each ordered as compareEvents into one so ordered (a's first among
// equals); returns a itself when b is empty.
//
//   mergeInDateOrder(kept, added.sort(compareEvents))
import type { EventFact } from '../../model/index.js';
import { compareEvents } from './queryHelpers.js';

export function mergeInDateOrder(a: EventFact[], b: EventFact[]): EventFact[] {
  if (b.length === 0) return a;
  const out: EventFact[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && compareEvents(x, y) <= 0)) {
      out.push(x as EventFact);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
