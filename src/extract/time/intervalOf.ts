// The interval and TIMEX3 value of a dated reading at a given granularity. Written by hand:
// chrono resolves to an instant, while a TimeSpan is a range of days ("late February" is
// 02-20..02-28, "summer 2019" is 06-01..08-31). Parts of a month follow DESIGN.md (Time):
// early 1-10, mid 11-20, late 20-end. Seasons are northern meteorological; a winter is named
// after the year of its December ("2018-WI" is 2018-12-01..2019-02-28). Quarters and halves are
// of the calendar year ("1989-Q3" is 07-01..09-30; fiscal years are read as calendar years, the
// value TimeBank gives them); decades and centuries are TIMEX3 "197" (1970-1979) and "19"
// (1900-1999, "the 20th century").
import type { Granularity } from '../../model/index.js';
import { CalendarDay } from '../../model/calendarDay.js';
import type { Season } from './timeNote.js';

export interface DatedParts {
  granularity: Granularity;
  year: number;
  month: number;
  day: number;
  season?: Season;
  /** Of a week, only its Saturday and Sunday. */
  weekend?: boolean;
}

export interface Interval {
  earliest: string;
  latest: string;
  value: string;
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const MONTH_PARTS: Partial<Record<Granularity, [number, number | 'end']>> = {
  'early-month': [1, 10],
  'mid-month': [11, 20],
  'late-month': [20, 'end'],
};

export function intervalOf(parts: DatedParts): Interval | null {
  const { granularity, year, month, day } = parts;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  switch (granularity) {
    case 'day': {
      const d = CalendarDay.of(year, month, day);
      return d && { earliest: d.iso, latest: d.iso, value: d.iso };
    }
    case 'week': {
      const monday = CalendarDay.of(year, month, day)?.weekStart;
      if (!monday) return null;
      return parts.weekend ? { earliest: monday.addDays(5).iso, latest: monday.addDays(6).iso, value: `${monday.isoWeek}-WE` } : { earliest: monday.iso, latest: monday.addDays(6).iso, value: monday.isoWeek };
    }
    case 'early-month':
    case 'mid-month':
    case 'late-month': {
      const [from, to] = MONTH_PARTS[granularity]!;
      const first = CalendarDay.of(year, month, from);
      const last = to === 'end' ? CalendarDay.lastOfMonth(year, month) : CalendarDay.of(year, month, to);
      return first && last ? { earliest: first.iso, latest: last.iso, value: ym } : null;
    }
    case 'month': {
      const first = CalendarDay.of(year, month, 1);
      return first ? { earliest: first.iso, latest: CalendarDay.lastOfMonth(year, month).iso, value: ym } : null;
    }
    case 'season': {
      if (!parts.season) return null;
      const start = CalendarDay.of(year, SEASON_START[parts.season], 1);
      const endMonth = CalendarDay.addMonths(year, SEASON_START[parts.season], 2);
      if (!start) return null;
      const last = CalendarDay.lastOfMonth(endMonth.year, endMonth.month);
      return { earliest: start.iso, latest: last.iso, value: `${String(year).padStart(4, '0')}-${parts.season}` };
    }
    case 'quarter':
    case 'half': {
      const months = granularity === 'quarter' ? 3 : 6;
      const first = Math.floor((month - 1) / months) * months + 1;
      const start = CalendarDay.of(year, first, 1);
      if (!start) return null;
      const n = (first - 1) / months + 1;
      return { earliest: start.iso, latest: CalendarDay.lastOfMonth(year, first + months - 1).iso, value: `${String(year).padStart(4, '0')}-${granularity === 'quarter' ? 'Q' : 'H'}${n}` };
    }
    case 'decade':
    case 'century': {
      const span = granularity === 'decade' ? 10 : 100;
      const first = Math.floor(year / span) * span;
      const start = CalendarDay.of(first, 1, 1);
      if (!start) return null;
      return { earliest: start.iso, latest: `${String(first + span - 1).padStart(4, '0')}-12-31`, value: String(first / span).padStart(granularity === 'decade' ? 3 : 2, '0') };
    }
    case 'year': {
      const first = CalendarDay.of(year, 1, 1);
      return first ? { earliest: first.iso, latest: `${first.iso.slice(0, 4)}-12-31`, value: first.iso.slice(0, 4) } : null;
    }
    default:
      return null;
  }
}

/** First month of a season (the month a season reading carries in chrono's components). */
intervalOf.seasonStart = (season: Season): number => SEASON_START[season];
