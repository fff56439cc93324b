// A day with a time of day, kept in the TIMEX3 value (type TIME) while the interval stays the
// day: "Sunday night" XXXX-...TNI, "Friday morning", "yesterday afternoon", "tomorrow night",
// "mid-afternoon yesterday", "noon Thursday" (T12:00), "midnight Friday" (T24:00), "Thursday at
// noon", and "at noon", "4 in the morning", "mid afternoon", "overnight" alone (the day their
// sentence names, else the reference day). A bare weekday is resolved by narrativeTenseRefiner as "Sunday" is.
// Written by hand: chrono reads "Sunday night" as Sunday at 22:00 by a fixed convention and
// "tomorrow night" by the system clock.
import type { CalendarDay } from '../../../model/calendarDay.js';
import { calendarWords } from '../calendarWords.js';
import type { TimeNote } from '../timeNote.js';
import { wordParser, type WordReading } from '../wordParser.js';

const DAY = `(?:${calendarWords.weekdayPattern}|today|yesterday|tomorrow)`;
const PART = '(?:morning|afternoon|evening|night)';
const PATTERN = new RegExp(
  `(?:(?<day>${DAY})\\s+(?<part>${PART})(?!s)` +
    `|(?<partBefore>(?:(?:early|late|mid)[\\s-]+)?${PART})\\s+(?:of\\s+)?(?<dayAfter>${DAY})` +
    `|(?<clockBefore>noon|midnight|midday)\\s+(?:on\\s+)?(?<dayAfterClock>${DAY})` +
    `|(?<dayBeforeClock>${DAY})\\s+(?:at\\s+)?(?<clockAfter>noon|midnight|midday)` +
    `|(?<signal>(?:at|by|before|after|until|around|about|shortly\\s+(?:before|after))\\s+)(?<clock>noon|midnight|midday)(?!\\s+(?:on\\s+)?${DAY})` +
    `|(?<hour>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+in\\s+the\\s+(?<hourPart>morning|afternoon|evening)` +
    `|(?<focusPart>mid[\\s-]?(?:morning|afternoon)|overnight))(?![\\p{L}\\d-])`,
  'iu',
);

const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const CLOCKS: Record<string, string> = { noon: '12:00', midday: '12:00', midnight: '24:00' };

function dayOf(word: string, ref: CalendarDay): WordReading | null {
  const w = word.toLowerCase();
  const weekday = calendarWords.weekday(word);
  if (weekday !== null) return /^\p{Lu}/u.test(word) ? { known: { weekday } } : null;
  const shift = { today: 0, yesterday: -1, tomorrow: 1 }[w as 'today'];
  const d = ref.addDays(shift);
  const note: TimeNote = { deictic: true, ...(shift < 0 ? { direction: 'past' as const } : shift > 0 ? { direction: 'future' as const } : {}) };
  return { known: { year: d.year, month: d.month, day: d.day }, note };
}

export const timeOfDayParser = wordParser('timeOfDayParser', PATTERN, (match, settings) => {
  const g = match.groups ?? {};
  if (g.clock || g.hour || g.focusPart) {
    // "at noon", "4 in the morning", "mid afternoon": the day its sentence names, else the reference day.
    const ref = settings.reference;
    let timeOfDay: string;
    if (g.clock) timeOfDay = CLOCKS[g.clock.toLowerCase()]!;
    else if (g.focusPart) timeOfDay = /overnight/i.test(g.focusPart) ? 'NI' : PARTS[g.focusPart.toLowerCase().replace(/^mid[\s-]?/, '')]!;
    else {
      const h = calendarWords.count(g.hour!) ?? NaN;
      if (!(h >= 1 && h <= 12)) return null;
      const hour = g.hourPart!.toLowerCase() === 'morning' ? h % 12 : (h % 12) + 12;
      timeOfDay = `${String(hour).padStart(2, '0')}:00`;
    }
    return {
      skip: g.signal?.length ?? 0,
      known: { year: ref.year, month: ref.month, day: ref.day },
      note: { deictic: true, timeOfDay, anaphor: { n: 0, unit: 'day', anchors: ['day'], near: 0, fallback: true } },
    };
  }
  const dayWord = g.day ?? g.dayAfter ?? g.dayAfterClock ?? g.dayBeforeClock!;
  const day = dayOf(dayWord, settings.reference);
  if (!day) return null;
  const partWord = (g.part ?? g.partBefore)?.toLowerCase().replace(/^(?:early|late|mid)[\s-]*/, '');
  const timeOfDay = partWord ? PARTS[partWord]! : CLOCKS[(g.clockBefore ?? g.clockAfter)!.toLowerCase()]!;
  return { ...day, note: { ...day.note, granularity: 'day', timeOfDay } };
}, /morning|afternoon|evening|night|noon|midday/i);
