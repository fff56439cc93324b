// The year of a month named with a modifier, counted from the reference day:
// "this December" is the reference year's; "last March" the latest March before the
// reference month; "next April" the first April after it.
import type { CalendarDay } from '../../model/calendarDay.js';

export type MonthModifier = 'this' | 'last' | 'next';

export function modifiedMonth(modifier: MonthModifier, month: number, reference: CalendarDay): { year: number; direction?: 'past' | 'future' } {
  switch (modifier) {
    case 'this':
      return { year: reference.year };
    case 'last':
      return { year: month < reference.month ? reference.year : reference.year - 1, direction: 'past' };
    case 'next':
      return { year: month > reference.month ? reference.year : reference.year + 1, direction: 'future' };
  }
}

/** "Last" / "past" / "previous" -> 'last'; "coming" -> 'next'; anything else -> null. */
modifiedMonth.modifier = (word: string | undefined): MonthModifier | null => {
  const w = (word ?? '').toLowerCase();
  if (w === 'this') return 'this';
  if (w === 'last' || w === 'past' || w === 'previous') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  return null;
};
