// The category of a TIMEX3, by its type and value, as issue 12 counts misses:
//   duration    type DURATION ("three years", "recent weeks" P3Y, PXW)
//   reference   PRESENT_REF, PAST_REF, FUTURE_REF ("now", "the past", "the future")
//   time/set    type TIME or SET, or a value with a time of day ("8 PM", "every morning", "annually")
//   year        a year, decade or century ("1998", "the 1990s" 199, "the 20th century" 19)
//   quarter     quarters and halves of a (fiscal) year ("the third quarter" 1998-Q3, 1998-H1)
//   date        days, weekdays, weeks, months, seasons ("Tuesday", "last week", "in October")
// Example: timexCategory('DURATION', 'P10Y') -> 'duration'; timexCategory('DATE', '1998-Q3') -> 'quarter'

export const TIMEX_CATEGORIES = ['duration', 'reference', 'time/set', 'year', 'quarter', 'date'] as const;
export type TimexCategory = (typeof TIMEX_CATEGORIES)[number];

export function timexCategory(type: string | null | undefined, value: string): TimexCategory {
  if (type === 'DURATION' || (!type && /^P/.test(value))) return 'duration';
  if (/_REF$/.test(value)) return 'reference';
  if (type === 'TIME' || type === 'SET' || /T/.test(value.replace(/_REF$/, ''))) return 'time/set';
  if (/^\d{2,4}X{0,2}$/.test(value)) return 'year';
  if (/^[\dX]{4}-[QH][\dX]$/.test(value)) return 'quarter';
  return 'date';
}

/** Why a value is wrong: the right period in the wrong year (a direction or anchoring error), or another value. */
timexCategory.valueError = (gold: string, system: string): 'wrong year' | 'wrong value' => {
  const [g, s] = [/^(\d{4})(-.+)$/.exec(gold), /^(\d{4})(-.+)$/.exec(system)];
  return g && s && g[2] === s[2] && g[1] !== s[1] ? 'wrong year' : 'wrong value';
};
