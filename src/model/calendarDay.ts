// A calendar day (proleptic Gregorian, no time, no zone) with the day arithmetic every stage
// needs (the time extractor, the dating of articles, the API's windows). Written by hand: chrono
// computes with JS Dates in the system time zone, while a TimeSpan is made of whole ISO days, so all
// interval arithmetic happens here, in UTC.
//
//   CalendarDay.shift('2019-02-28', 1) -> '2019-03-01'

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export class CalendarDay {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  /** A valid day, or null (month 2, day 30 is null; nothing is rolled over). */
  static of(year: number, month: number, day: number): CalendarDay | null {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
    if (month < 1 || month > 12 || day < 1 || day > CalendarDay.daysInMonth(year, month)) return null;
    return new CalendarDay(year, month, day);
  }

  /** "2019-03-29" -> day, anything else -> null. */
  static parse(iso: string | null | undefined): CalendarDay | null {
    const m = ISO_DAY.exec(iso ?? '');
    return m ? CalendarDay.of(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  }

  /** The ISO day n days after (n < 0: before) an ISO day; RangeError when `iso` is no valid day. */
  static shift(iso: string, n: number): string {
    const day = CalendarDay.parse(iso);
    if (!day) throw new RangeError(`Not an ISO day: ${iso}`);
    return day.addDays(n).iso;
  }

  /** Days from one ISO day to another (negative when `to` is before `from`); NaN when either is no valid day, so every comparison with it fails. */
  static daysBetween(from: string, to: string): number {
    const a = CalendarDay.parse(from);
    const b = CalendarDay.parse(to);
    return a && b ? Math.round((b.utc - a.utc) / 86_400_000) : NaN;
  }

  /** The later of two ISO days; null is no bound, so the other one is returned. */
  static later(a: string, b: string | null): string;
  static later(a: string | null, b: string): string;
  static later(a: string | null, b: string | null): string | null;
  static later(a: string | null, b: string | null): string | null {
    return a === null ? b : b === null ? a : a > b ? a : b;
  }

  /** The earlier of two ISO days; null is no bound, so the other one is returned. */
  static earlier(a: string, b: string | null): string;
  static earlier(a: string | null, b: string): string;
  static earlier(a: string | null, b: string | null): string | null;
  static earlier(a: string | null, b: string | null): string | null {
    return a === null ? b : b === null ? a : a < b ? a : b;
  }

  static daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }

  static lastOfMonth(year: number, month: number): CalendarDay {
    return new CalendarDay(year, month, CalendarDay.daysInMonth(year, month));
  }

  private static fromUtc(ms: number): CalendarDay {
    const d = new Date(ms);
    return new CalendarDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }

  private get utc(): number {
    return Date.UTC(this.year, this.month - 1, this.day);
  }

  /** 0 = Sunday ... 6 = Saturday (chrono's and JS's numbering). */
  get weekday(): number {
    return new Date(this.utc).getUTCDay();
  }

  get iso(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  addDays(n: number): CalendarDay {
    return CalendarDay.fromUtc(this.utc + n * 86_400_000);
  }

  /** Month arithmetic on the first of the month: (2019, 12) + 1 -> (2020, 1). */
  static addMonths(year: number, month: number, n: number): { year: number; month: number } {
    const index = year * 12 + (month - 1) + n;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }

  compare(other: CalendarDay): number {
    return this.utc - other.utc;
  }

  /** Monday of the ISO week this day is in. */
  get weekStart(): CalendarDay {
    return this.addDays(-((this.weekday + 6) % 7));
  }

  /** TIMEX3 / ISO 8601 week value, e.g. "2019-W26". */
  get isoWeek(): string {
    const thursday = this.addDays(3 - ((this.weekday + 6) % 7));
    const jan1 = Date.UTC(thursday.year, 0, 1);
    const week = Math.floor((thursday.utc - jan1) / (7 * 86_400_000)) + 1;
    return `${pad(thursday.year, 4)}-W${pad(week, 2)}`;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
