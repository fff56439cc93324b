// Weekends (TIMEX3 "2019-W26-WE", Saturday and Sunday): "this weekend", "last weekend", "next
// weekend", "the weekend" (the last one in past narration, the next one in future narration:
// "over the weekend, talks resumed" / "talks will resume over the weekend"). Written by hand:
// chrono has no weekends. "Easter weekend" is holidayParser's.
import type { CalendarDay } from '../../../model/calendarDay.js';
import { narrationAt } from '../narrationAt.js';
import { wordParser } from '../wordParser.js';

const PATTERN = /(?<which>this|last|next|past|coming|the)\s+weekend(?![\p{L}\d-])/iu;

/** Saturday of the weekend of the week holding the day (ISO weeks start on Monday). */
function saturdayOf(day: CalendarDay): CalendarDay {
  return day.weekStart.addDays(5);
}

export const weekendParser = wordParser('weekendParser', PATTERN, (match, settings, context) => {
  const ref = settings.reference;
  const which = match.groups!.which!.toLowerCase();
  const index = match.index ?? 0;
  const current = saturdayOf(ref);
  const inWeekend = ref.weekday === 0 || ref.weekday === 6;
  let saturday = current;
  if (which === 'last' || which === 'past') saturday = current.addDays(-7);
  // "next weekend" said on a weekend is the one after it; on a weekday, the coming one.
  else if ((which === 'next' || which === 'coming') && inWeekend) saturday = current.addDays(7);
  // "the weekend" in past narration: the last one begun by the reference.
  else if (which === 'the' && !inWeekend && narrationAt(context.text, index, index + match[0].length) === 'past') saturday = current.addDays(-7);
  return {
    known: { year: saturday.year, month: saturday.month, day: saturday.day },
    note: { granularity: 'week', weekend: true, deictic: true, ...(which === 'last' || which === 'past' ? { direction: 'past' as const } : {}) },
  };
}, /weekend/i);
