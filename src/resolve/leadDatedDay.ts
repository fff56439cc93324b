// The lead's news told by a date with its weekday: a news lead that narrates its news as past
// "on Monday, 24 November" or "on Thursday, April 2, 2015" names the day of that news, and the page
// was written that day or within NEWS_LAG days after it (as a lead's plain past weekday: newsDay.ts).
// Without a year the weekday fixes it: the candidate years are the latest year the page names and
// the one either side (a page names this year's deadlines and last year's events, not only
// history), and in three years running a month's day falls on a given weekday at most once; no
// year named, or no candidate on that weekday, dates nothing. Only the lead's first such date
// counts, and only when told as past: one told as coming ("will meet on Monday, 24 November") or
// with no tense cue says nothing, nor does one deep in the body (history, a timeline).
//
//   leadDatedDay(article("Talks fail\n\nThe envoys failed on Monday, 24 November, to reach a deal ... extended to June 30, 2031."))
//     -> { earliest: '2030-11-24', latest: '2030-11-26', text: 'the lead\'s news of "Monday, 24 November" (2030-11-24)' }
// Hand-written: calendar arithmetic and one pattern of news style; no library states it.
import { CalendarDay } from '../model/calendarDay.js';
import type { Article } from '../model/index.js';
import { narrationAt } from '../extract/time/narrationAt.js';
import { leadEnd } from '../extract/leadEnd.js';
import { NEWS_LAG } from './newsDay.js';
import { WEEKDAYS } from './probeReading.js';
import type { DayBounds } from './relativeDays.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** A weekday (perhaps with a part of the day: "Sunday afternoon, March 20"), then a day and a month either way round, then perhaps a year. */
const WEEKDAY_DATE = new RegExp(String.raw`\b(${WEEKDAYS.join('|')})(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2})(?!\d))(?:,?\s+((?:19|20)\d{2})\b)?`, 'gi');
const YEAR = /\b(?:19|20)\d{2}\b/g;

export function leadDatedDay(article: Article): DayBounds | null {
  const text = article.text;
  const end = leadEnd(text);
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    if (m.index >= end) return null;
    if (narrationAt(text, m.index, m.index + m[0].length) !== 'past') continue;
    const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const month = MONTHS.indexOf((m[3] ?? m[4])!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2] ?? m[5]);
    const latestNamed = Math.max(...[...text.matchAll(YEAR)].map((y) => Number(y[0])));
    const years = m[6] ? [Number(m[6])] : Number.isFinite(latestNamed) ? [latestNamed - 1, latestNamed, latestNamed + 1] : [];
    const days = years.map((y) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).filter((d) => CalendarDay.parse(d)?.weekday === weekday);
    if (days.length !== 1) return null;
    return { earliest: days[0]!, latest: CalendarDay.shift(days[0]!, NEWS_LAG), text: `the lead's news of "${m[0]}" (${days[0]})` };
  }
  return null;
}
