// A binary min-heap of reports in clustering order (reportOrder.ts), the replay's queue: the
// report to weigh next is always the first in that order among those waiting.
//
//   const heap = new ReportHeap(); heap.push(r); heap.pop()  // the first report in clustering order
import { compareReports } from './reportOrder.js';
import type { Report } from './replayClusters.js';

const before = (a: Report, b: Report): boolean => compareReports(a.fact, b.fact) < 0;

/** A binary min-heap of reports in clustering order. */
export class ReportHeap {
  private readonly heap: Report[] = [];

  items(): readonly Report[] {
    return this.heap;
  }

  push(r: Report): void {
    const items = this.heap;
    items.push(r);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as Report, items[parent] as Report)) break;
      [items[i], items[parent]] = [items[parent] as Report, items[i] as Report];
      i = parent;
    }
  }

  pop(): Report | undefined {
    const items = this.heap;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l] as Report, items[m] as Report)) m = l;
        if (r < items.length && before(items[r] as Report, items[m] as Report)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as Report, items[i] as Report];
        i = m;
      }
    }
    return top;
  }
}
