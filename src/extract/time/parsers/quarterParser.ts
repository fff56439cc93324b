// Quarters and halves of a year (TIMEX3 "1989-Q3", "1990-H1"), as business news names them:
// "the third quarter", "the fiscal first quarter" (of the reference's fiscal year), "third-quarter" (a modifier: the article is
// its noun's), "the fourth quarter of 1984", "the 1988 second quarter", "this year's third
// quarter", "the first half of next year", "the last half of 1989"; "this quarter", "last
// quarter", "the latest quarter" (the last one before the reference); the quarter in focus:
// "the quarter", "that quarter" (the quarter mentioned before, else the last one before the
// reference, or the calendar quarter most of "the quarter ended July 31" falls in), "the year-ago quarter", "the year-earlier period", "the quarter a year ago" (the
// quarter in focus, a year before; also "the corresponding period last year", "last year's
// quarter"), "the 1988 quarter" (that quarter of 1988); "the first two quarters of 1990" (1990-H1); and
// "year-earlier" alone (the period in focus a year before, else last year). A year-less ordinal
// quarter is the one nearest the reference (narrativeTenseRefiner). Written by hand: chrono has
// no quarters. Not quarters: "a quarter of the vote", "three-quarters", "the French Quarter",
// "headquarters", "the period" alone.
import { CalendarDay } from '../../../model/calendarDay.js';
import { calendarWords } from '../calendarWords.js';
import type { Anaphor, TimeNote } from '../timeNote.js';
import { wordParser, type WordReading } from '../wordParser.js';

const YEAR = '(?:19|20)\\d{2}';
const PATTERN = new RegExp(
  `(?:(?<det>the\\s+)?(?<fiscal>fiscal[\\s-]+)?(?:(?<shifted>year-ago|year-earlier)\\s+|(?<yearBefore>${YEAR})\\s+|(?<rel>this|last|next)\\s+year['’]s\\s+|fiscal\\s+(?<fiscalYear>${YEAR})['’]s?\\s+)?` +
    `(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|(?:last|final)(?=[\\s-]+(?:quarter|half)\\s+of\\s))(?<joiner>\\s+|-)(?<unit>quarter|half)` +
    `(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<yearAfter>${YEAR})|(?<relAfter>this|last|next)\\s+year))?` +
    `|(?<which>this|last|next|that|the|its)\\s+(?:(?<qualifier>current|latest|most\\s+recent|last|past|previous|prior|same|comparable|corresponding|year-ago|year-earlier|(?:comparable|corresponding)\\s+year-(?:ago|earlier)|(?<qualifierYear>${YEAR}))\\s+)?(?:fiscal\\s+)?(?<noun>quarter|period)(?<ago>\\s+(?:(?:a|one)\\s+year\\s+(?:ago|earlier)|last\\s+year))?` +
    `|(?<yearOf>this|last|next)\\s+year['’]s\\s+(?:fiscal\\s+)?quarter` +
    `|(?:the\\s+)?(?<twoQuarters>first|last)\\s+two\\s+quarters\\s+of\\s+(?:fiscal\\s+)?(?<halfYear>${YEAR})` +
    `|(?<bare>year-ago|year-earlier)(?<bareNoun>\\s+(?:quarter|period))?)(?![\\p{L}\\d-])`,
  'iu',
);

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
/** "the quarter" of a distance, a coin or a city: "a quarter mile", "the Latin Quarter", "a quarter of the vote". */
const NOT_TIME_AFTER = /^\s*(?:of\s+(?:a|an|the|its|his|her|their|all)\b|mile|century|inch|point|cent|pound)/i;

function quarterOf(day: CalendarDay): { year: number; month: number } {
  return { year: day.year, month: Math.floor((day.month - 1) / 3) * 3 + 1 };
}

/** The quarter n quarters from the one holding the reference day. */
function quarterFrom(ref: CalendarDay, n: number): { year: number; month: number } {
  const q = quarterOf(ref);
  return CalendarDay.addMonths(q.year, q.month, 3 * n);
}

function ordinalReading(g: Record<string, string | undefined>, ref: CalendarDay): WordReading | null {
  const half = g.unit!.toLowerCase() === 'half';
  const ordinal = g.ordinal!.toLowerCase();
  const year = g.yearBefore ?? g.fiscalYear ?? g.yearAfter;
  const n = ORDINALS[ordinal] ?? (half ? 2 : 4);
  if (half && n > 2) return null;
  const month = half ? 6 * (n - 1) + 1 : 3 * (n - 1) + 1;
  const granularity = half ? ('half' as const) : ('quarter' as const);
  // "third-quarter earnings": the article belongs to the noun the modifier qualifies.
  const skip = g.joiner === '-' && g.det ? g.det.length : 0;
  if (year) return { skip, known: { year: Number(year), month }, implied: { day: 1 }, note: { granularity } };
  const relative = (g.rel ?? g.relAfter)?.toLowerCase();
  if (relative || g.shifted) {
    const shift = g.shifted ? -1 : ({ this: 0, last: -1, next: 1 } as Record<string, number>)[relative!]!;
    return { skip, known: { year: ref.year + shift, month }, implied: { day: 1 }, note: { granularity, deictic: true } };
  }
  // A fiscal quarter names the quarter of a fiscal year, which news calls by the reference's year
  // ("the fiscal first quarter" reported in October 1989: 1989-Q1, TimeBank's value).
  if (g.fiscal) return { skip, known: { year: ref.year, month }, implied: { day: 1 }, note: { granularity, deictic: true } };
  // No year: narrativeTenseRefiner takes the nearest.
  return { skip, known: { month }, implied: { year: ref.year, day: 1 }, note: { granularity } };
}

function relativeReading(g: Record<string, string | undefined>, ref: CalendarDay, ended: WordReading | null): WordReading | null {
  const which = g.which!.toLowerCase();
  const qualifier = (g.qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  const note: TimeNote = { granularity: 'quarter', deictic: true };
  const at = (n: number, extra: TimeNote = {}): WordReading => ({ known: quarterFrom(ref, n), implied: { day: 1 }, note: { ...note, ...extra } });
  // A "period" is a quarter only when the words make it one; "the period" alone may be any time.
  if (g.noun!.toLowerCase() === 'period' && !/latest|most recent|year-|comparable|corresponding/.test(qualifier) && !g.qualifierYear) return null;
  if (/year-|comparable|corresponding/.test(qualifier) || g.ago) {
    const anaphor: Anaphor = { n: -1, unit: 'year', anchors: ['quarter'], keep: ['quarter'], fallback: true };
    return at(-5, { anaphor });
  }
  if (g.qualifierYear) return { note: { anaphor: { n: 0, unit: 'quarter', anchors: ['quarter'], keep: ['quarter'], year: Number(g.qualifierYear) } } };
  if ((which === 'this' && !qualifier) || qualifier === 'current') return at(0);
  if (which === 'next') return at(1, { direction: 'future' });
  if (which === 'last' || /latest|most recent|last|past|previous|prior/.test(qualifier)) return at(-1, { direction: 'past' });
  // "the quarter", "that quarter", "its quarter": the quarter in focus (a fiscal quarter keeps its
  // name: "the fiscal first quarter ... the quarter ended Sept. 29"), else the one its end date
  // names, else the last one before the reference.
  const focus: Anaphor = { n: 0, unit: 'quarter', anchors: ['quarter'], keep: ['quarter'], fallback: true };
  return ended ? { ...ended, note: { ...ended.note, anaphor: focus } } : at(-1, { anaphor: focus });
}

/** "the quarter ended July 31" with no quarter in focus: the calendar quarter holding most of the
 *  three months that end then (May to July: the second), in the year given, else the last such
 *  day by the reference. */
function endedQuarter(g: Record<string, string | undefined>, ref: CalendarDay, after: string): WordReading | null {
  if (g.qualifier || g.ago || g.noun!.toLowerCase() !== 'quarter' || !/^(?:the|its)$/i.test(g.which!)) return null;
  const m = new RegExp(`^\\s+ended\\s+(${calendarWords.monthPattern})\\s+(\\d{1,2})(?:,\\s+((?:19|20)\\d{2}))?`, 'u').exec(after);
  const month = m ? calendarWords.month(m[1]!.replace(/\.$/, '')) : null;
  if (!m || month === null) return null;
  const day = m[3] ? CalendarDay.of(Number(m[3]), month, Number(m[2])) : [ref.year, ref.year - 1].map((y) => CalendarDay.of(y, month, Number(m[2]))).find((d) => d !== null && d.compare(ref) <= 0);
  if (!day) return null;
  return { known: quarterOf(day.addDays(-45)), implied: { day: 1 }, note: { granularity: 'quarter', deictic: true } };
}

export const quarterParser = wordParser('quarterParser', PATTERN, (match, settings, context) => {
  const ref = settings.reference;
  const g = match.groups ?? {};
  const index = match.index ?? 0;
  if (NOT_TIME_AFTER.test(context.text.slice(index + match[0].length, index + match[0].length + 20))) return null;
  if (g.ordinal) return ordinalReading(g, ref);
  if (g.which) return relativeReading(g, ref, endedQuarter(g, ref, context.text.slice(index + match[0].length, index + match[0].length + 30)));
  // "the first two quarters of 1990": the first half.
  if (g.twoQuarters) return { known: { year: Number(g.halfYear), month: /^first$/i.test(g.twoQuarters) ? 1 : 7 }, implied: { day: 1 }, note: { granularity: 'half' } };
  if (g.yearOf) {
    // "last year's quarter": the quarter in focus in the year named, else counted from the reference.
    const n = ({ this: 0, last: -1, next: 1 } as Record<string, number>)[g.yearOf.toLowerCase()]!;
    const anaphor: Anaphor = { n, unit: 'year', anchors: ['quarter'], keep: ['quarter'], fallback: true };
    return { known: quarterFrom(ref, 4 * n - 1), implied: { day: 1 }, note: { granularity: 'quarter', deictic: true, anaphor } };
  }
  // "year-earlier results": the period in focus (near) a year before, else last year.
  const anaphor: Anaphor = { n: -1, unit: 'year', anchors: g.bareNoun ? ['quarter'] : ['quarter', 'half'], keep: ['quarter', 'half'], ...(g.bareNoun ? {} : { near: 1 }), fallback: true };
  if (g.bareNoun) return { known: quarterFrom(ref, -5), implied: { day: 1 }, note: { granularity: 'quarter', deictic: true, anaphor } };
  return { known: { year: ref.year - 1 }, implied: { month: 1, day: 1 }, note: { deictic: true, direction: 'past', anaphor } };
}, /quarter|half|period|year-(?:ago|earlier)/i);
