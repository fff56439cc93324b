// The days that all of several windows for a page's day of writing allow, with their reasons joined
// (a reason already given is not repeated); null when there are none or two of them share no day:
// evidence that contradicts itself dates nothing.
//
//   intersectBounds([{ earliest: '2031-01-20', latest: '2031-01-26', text: 'a' }, { earliest: '2031-01-24', latest: '2031-01-30', text: 'b' }])
//     -> { earliest: '2031-01-24', latest: '2031-01-26', text: 'a; b' }
import { CalendarDay } from '../model/calendarDay.js';
import type { DayBounds } from './relativeDays.js';

export function intersectBounds(windows: readonly DayBounds[]): DayBounds | null {
  let bounds: DayBounds | null = null;
  for (const w of windows) {
    if (!bounds) {
      bounds = w;
      continue;
    }
    const earliest: string = CalendarDay.later(bounds.earliest, w.earliest);
    const latest: string = CalendarDay.earlier(bounds.latest, w.latest);
    if (earliest > latest) return null;
    bounds = { earliest, latest, text: bounds.text.includes(w.text) ? bounds.text : `${bounds.text}; ${w.text}` };
  }
  return bounds;
}
