// Durations (TIMEX3 type DURATION, no interval): "four months" P4M, "for two years" P2Y,
// "70-year" P70Y, "the past two years" P2Y, "several weeks" PXW, "for decades" PXY,
// "a decade" P10Y, "2 1/2 years" P2Y6M, "a minute and a half" PT1M30S, "the first nine months"
// P9M, "the year-earlier nine months" P9M, "two more weeks" P2W, "recent weeks" PXW, "the year ended Sept. 30" P1Y. The extent follows TimeML: a quantifying
// modifier ("nearly", "more than", "at least", "up to", "a mere") and a determiner ("the past",
// "the first", "the") are part of it; a preposition is not. Not durations: ages ("22-year-old",
// "a 6-month-old"), distances ("a five-minute walk from the station"), counted nouns. "four
// months after a second meeting" is a duration, never a date counted from the reference; "two
// years ago" and "two days later" are dates (agoParser, anaphoricParser). Written by hand: chrono
// has no durations; it reads "for two years" and "four months after" as dates.
import { calendarWords } from '../calendarWords.js';
import { quantity } from '../quantity.js';
import { wordParser } from '../wordParser.js';

const UNIT = '(second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ies)|millenni(?:um|a))';
/** Quantifying modifiers, part of the extent (TimeML MOD): "nearly two years", "at least the past 18 months". */
const MODIFIER = '(?:nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|a\\s+mere)';
/** "over a week", "under two hours": a modifier only right before the count ("over the past year": a preposition). */
const OVER = '(?:(?:well\\s+|just\\s+)?(?:over|under))';
const DETERMINER = '(?:(?:the\\s+)?(?:first|last|past|next|previous|coming|following|latest|final|initial|remaining|entire|whole|full|year-earlier|year-ago)\\s+|the\\s+)';
const EXTRA = '(?:\\s+(?:more|additional|further|extra|straight|consecutive|full|long|whole))';
const KIND = '(?:\\s+(?:trading|business|working|calendar|school))';
/** A count inside a compound adjective: "two-year", "16-hour", "twenty-five-year", "several-year". */
const COMPOUND_COUNT = `(?:\\d+(?:\\.\\d+)?|${calendarWords.countPattern}|several|many|few)`;
const PATTERN = new RegExp(
  `(?:((?:${MODIFIER}\\s+)?${DETERMINER}|${MODIFIER}\\s+|${OVER}\\s+)?(${quantity.pattern})(?:\\s+(?:to|or)\\s+(${quantity.pattern}))?${EXTRA}?${KIND}?\\s+${UNIT}(s?)(?:\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?(?:-long)?` +
    `|(${COMPOUND_COUNT})-${UNIT}s?(-long|-old)?` +
    `|(?:the\\s+(?:past|last|next|coming|previous)|past)\\s+${UNIT}(?!\\s+of\\b)` +
    `|(decade|year|month|week|day|hour|minute|centur(?:y|ie))s?-long` +
    `|(?:(?:in|over|during|for|within)\\s+)?(recent|coming)\\s+(day|week|month|quarter|year|decade)s` +
    `|((?:for|over|within)\\s+)((?:the|many)\\s+)?(decade|year|month|week|day|hour|minute|centurie)s` +
    `|the\\s+(?<ahead>day|week|month|year)s\\s+ahead` +
    `|the\\s+(?:fiscal\\s+)?(?<endedYear>year)(?=\\s+end(?:ed|ing)\\b))(?![\\p{L}\\d-])`,
  'iu',
);
/** "a year" is a duration after these words ("for a year", "nearly a month")... */
const ARTICLE_BEFORE = /\b(?:for|within|in|over|after|before|about|nearly|almost|than|least|just|only|some|around|roughly|past|last|next|coming|barely|full|mere|to|spent|took|takes|lasted|lasts|waited|wait)\s+$/i;
/** ...or before these ("a year after the summit", "a month-long", "a minute and a half"). */
const ARTICLE_AFTER = /^\s*(?:after|before|earlier|later|on|long|-long|of\s+talks|and\s+a\s+half|or\s+(?:two|so|more))\b/i;
/** "22 years old", "a 6-month-old": ages. */
const AGE_AFTER = /^[\s-]*(?:old|of\s+age)\b/i;
/** "two weeks earlier", "a year ago": dates counted from an anchor (anaphoricParser, agoParser). */
const OFFSET_AFTER = /^\s*(?:earlier|later|ago|before\s+that|after\s+that)\b/i;
/** "a five-minute walk from the station", "two hours' drive away": distances. */
const DISTANCE_AFTER = /^['’]?\s*(?:walk|drive|ride|flight|sail|journey|commute)\s+(?:from|away)\b/i;

/** TIMEX3 codes; decades, centuries and millennia are counted in years ("a decade" P10Y,
 *  "decades" PXY), as TimeBank counts them. */
const CODE: Record<string, string> = { second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE', millennium: 'ML' };
const YEARS: Record<string, number> = { decade: 10, century: 100, millennium: 1000 };
const TIME_UNITS = new Set(['second', 'minute', 'hour']);
/** How a fraction of a unit is said in the next smaller one: half a year is six months. */
const SMALLER: Record<string, [string, number]> = { year: ['month', 12], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60] };

function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  if (w.startsWith('millenni')) return 'millennium';
  return w;
}

/** "P2Y6M", "PT5H30M": date units, then T and time units. */
function format(parts: [number, string][]): string {
  let [date, time] = ['', ''];
  for (const [n, unit] of parts) {
    const text = YEARS[unit] ? `${n * YEARS[unit]!}Y` : `${n}${CODE[unit]}`;
    if (TIME_UNITS.has(unit)) time += text;
    else date += text;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** The TIMEX3 value of n units (null: an unknown number, "X"): 3 years P3Y, 2.5 hours PT2H30M. */
export function durationValue(n: number | null, unitWord: string): string {
  const unit = unitOf(unitWord);
  // Decades and centuries are counted in years, an unknown number of them too ("for decades" PXY).
  if (n === null) return `${TIME_UNITS.has(unit) ? 'PT' : 'P'}X${YEARS[unit] ? 'Y' : CODE[unit]}`;
  const whole = Math.floor(n);
  const fraction = n - whole;
  const smaller = SMALLER[unit];
  if (fraction === 0) return format([[n, unit]]);
  if (!smaller || !Number.isInteger(fraction * smaller[1])) return format([[n, unit]]);
  return format([...(whole > 0 ? [[whole, unit] as [number, string]] : []), [fraction * smaller[1], smaller[0]]]);
}

const duration = (n: number | null, unit: string) => ({ granularity: 'duration' as const, value: durationValue(n, unit) });

/** "One day, Korea will be one": an indefinite time, not a length of one day. */
const ONE_DAY_ALONE = /^one\s+day$/i;
const ONE_DAY_CONTEXT = /\b(?:for|within|in|over|after|before|than|least|just|only|about|nearly|almost|the|a|every|each|per|by)\s+$/i;

export const durationParser = wordParser('durationParser', PATTERN, (match, _settings, context) => {
  const index = match.index ?? 0;
  const after = context.text.slice(index + match[0].length, index + match[0].length + 30);
  if (AGE_AFTER.test(after) || DISTANCE_AFTER.test(after) || OFFSET_AFTER.test(after)) return null;
  // "60 Minutes", "the Six Days War": a capitalised unit inside a sentence is part of a name.
  const unitWord = match[4] ?? match[7] ?? match[9] ?? match[10] ?? match[12] ?? match[15] ?? '';
  const unitAt = match[0].lastIndexOf(unitWord);
  if (/^\p{Lu}/u.test(unitWord) && unitAt > 0) return null;
  if (match[2]) {
    const count = quantity.read(match[2]);
    if (Number.isNaN(count)) return null;
    // "a second meeting", "one second thought": a singular "second" is an ordinal unless counted in digits.
    if (/^second$/i.test(match[4]!) && !/^\d/.test(match[2])) return null;
    // "more than a quarter of the vote", "three quarters of the seats": fractions ("several quarters
    // of losses" is a duration); "two quarters of 1990": quarters of a year named (quarterParser).
    if (/^quarter$/i.test(match[4]!) && (/^(?:a|an|one|three)$/i.test(match[2]) ? /^\s*of\b/i : /^\s*of\s+(?:fiscal\s+)?(?:19|20)\d{2}\b/i).test(after)) return null;
    const lead = match[1] ?? '';
    const words = match[2].toLowerCase();
    // "a minute and a half": the half comes after the unit.
    const half = /and\s+a\s+half$/i.test(match[0]) && !/half$/.test(words) ? 0.5 : 0;
    if ((words === 'a' || words === 'an') && !lead && !half && !/-long$/i.test(match[0])) {
      if (!ARTICLE_BEFORE.test(context.text.slice(Math.max(0, index - 12), index)) && !ARTICLE_AFTER.test(after)) return null;
    }
    if (ONE_DAY_ALONE.test(match[0]) && !ONE_DAY_CONTEXT.test(context.text.slice(Math.max(0, index - 12), index)) && !ARTICLE_AFTER.test(after)) return null;
    // "the two day visit": a count over one with a singular unit modifies the noun after it,
    // whose article "the" is not the duration's.
    // So is "a" in "a day-long meeting".
    const skip = /^the\s+$/i.test(lead) && !match[5] && (count ?? 2) > 1 ? lead.length : /^an?$/i.test(match[2]) && /-long$/i.test(match[0]) ? match[2].length + 1 : 0;
    if (skip && /-long$/i.test(match[0]) && /^an?$/i.test(match[2])) return { skip, note: duration(1, match[4]!) };
    // "two to three weeks", "12 to 18 months": a range of counts is an unknown count ("from 2016 to 10 years" is none).
    const upTo = match[3] ? quantity.read(match[3]) : null;
    if (match[3] && (count === null || upTo === null || !(count < upTo) || upTo > 1000)) return null;
    const n = match[3] || count === null ? null : count + half;
    return { skip, note: duration(n, match[4]!) };
  }
  if (match[6]) {
    if (match[8]?.toLowerCase() === '-old') return null;
    // "three-quarters of the vote": a fraction.
    if (/^quarter$/i.test(match[7]!) && /s(?:-long)?$/i.test(match[0])) return null;
    const words = match[6].replace(/-/g, ' ');
    const n = /^(several|many|few)$/i.test(words) ? null : quantity.read(words);
    return Number.isNaN(n) ? null : { note: duration(n, match[7]!) };
  }
  if (match[9]) return { note: duration(1, match[9]) };
  // "decades-long" counts some decades; "day-long" one day.
  if (match[10]) return { note: duration(/s-long$/i.test(match[0]) ? null : 1, match[10]) };
  if (match.groups?.ahead) return { note: duration(null, match.groups.ahead) };
  if (match[11]) {
    const words = `${match[11]} ${match[12]}s`;
    return { skip: match[0].length - words.length, note: duration(null, match[12]!) };
  }
  // "the year ended Sept. 30": a reporting period, a year long.
  if (match.groups?.endedYear) return { note: duration(1, 'year') };
  // "for years", "over the years": the preposition is a signal.
  const unit = match[15]!;
  return { skip: match[13]!.length, note: duration(null, unit.toLowerCase() === 'centurie' ? 'century' : unit) };
});
