// The chrono instance the time extractor parses with: chrono's casual English, narrowed and
// extended for news (chrono: parsers find readings, refiners then merge, filter and resolve).
//
// Parsers, in order (on equal overlapping spans chrono keeps the earlier parser's reading, so
// ours come first): our own, then chrono's kept parsers wrapped with a guard and a name
// (chronoReadings lists what is kept, what is dropped and why).
//
// Refiners, in this fixed order:
//   chrono's own, in chrono's order, minus ENEndOfPeriodRefiner ("the end of September" is
//     late-month, partOfMonthParser); all but OverlapRemovalRefiner see date readings only
//     (refineOnly), so durations and anaphors are never merged into dates, and chrono's
//     unlikely-format filters judge chrono's readings only (ours are checked by their parsers);
//     keepNotes puts back the notes chrono's clone() drops when it merges;
//   1. clockTimeFilter        drop bare numbers read as clock times; a clock time alone becomes
//                             a time of the day its sentence names (else the reference day);
//   2. signalTrimRefiner      trim to TIMEX3 extents ("on Thursday," -> "Thursday");
//      possessiveEndRefiner   no range whose end a noun owns ("Friday to December's figures");
//   3. narrativeTenseRefiner  resolve bare weekdays / year-less dates, months, quarters by the
//                             tense and aspect of their clause (narrationAt);
//   4. rangeSplitRefiner      split ranges into their two ends (TimeML), after 3 so that each end
//                             keeps what the other gave it;
//   5. anaphoraRefiner        resolve "the following day", "the quarter", "a year earlier",
//                             lone clock times against the reading they count from (needs 3:
//                             the anchor may be a weekday or a year-less date).
import { casual, type Chrono, type Parser, type Refiner } from 'chrono-node';
import { chronoParser } from './chronoParser.js';
import { chronoReadings } from './chronoReadings.js';
import { agoParser } from './parsers/agoParser.js';
import { anaphoricParser } from './parsers/anaphoricParser.js';
import { dayPartParser } from './parsers/dayPartParser.js';
import { dayRangeParser } from './parsers/dayRangeParser.js';
import { durationParser } from './parsers/durationParser.js';
import { holidayParser } from './parsers/holidayParser.js';
import { partOfMonthParser } from './parsers/partOfMonthParser.js';
import { quarterParser } from './parsers/quarterParser.js';
import { relativeMonthParser } from './parsers/relativeMonthParser.js';
import { relativePeriodParser } from './parsers/relativePeriodParser.js';
import { seasonParser } from './parsers/seasonParser.js';
import { vagueReferenceParser } from './parsers/vagueReferenceParser.js';
import { setParser } from './parsers/setParser.js';
import { timeOfDayParser } from './parsers/timeOfDayParser.js';
import { weekendParser } from './parsers/weekendParser.js';
import { weekOfParser } from './parsers/weekOfParser.js';
import { yearParser } from './parsers/yearParser.js';
import { decadeParser } from './parsers/decadeParser.js';
import { spokenYearParser } from './parsers/spokenYearParser.js';
import { anaphoraRefiner } from './refiners/anaphoraRefiner.js';
import { clockTimeFilter } from './refiners/clockTimeFilter.js';
import { narrativeTenseRefiner } from './refiners/narrativeTenseRefiner.js';
import { rangeSplitRefiner } from './refiners/rangeSplitRefiner.js';
import { signalTrimRefiner } from './refiners/signalTrimRefiner.js';
import { possessiveEndRefiner } from './refiners/possessiveEndRefiner.js';
import { keepNotes } from './keepNotes.js';
import { refineOnly } from './refineOnly.js';

const OUR_PARSERS: readonly Parser[] = [
  anaphoricParser, // before durationParser: "two days later" is anaphoric, not a duration
  agoParser, // before durationParser: "two years ago" is a date
  vagueReferenceParser, // before durationParser: "the past" is PAST_REF (durationParser reads "the past two years")
  weekOfParser, // before chrono's date parsers: "the week of March 6" is the week, not the day
  dayRangeParser,
  partOfMonthParser,
  quarterParser,
  relativeMonthParser,
  relativePeriodParser,
  setParser, // before timeOfDayParser: "Tuesday nights" is a set
  timeOfDayParser, // before dayPartParser: "Friday morning" keeps its morning
  dayPartParser,
  seasonParser,
  holidayParser,
  weekendParser,
  yearParser,
  decadeParser,
  spokenYearParser,
  durationParser,
];

const OUR_REFINERS: readonly Refiner[] = [clockTimeFilter, signalTrimRefiner, possessiveEndRefiner, narrativeTenseRefiner, rangeSplitRefiner, anaphoraRefiner];

const DROPPED_REFINERS = new Set(['ENEndOfPeriodRefiner']);
const CHRONO_FILTERS = new Set(['UnlikelyFormatFilter', 'ENUnlikelyFormatFilter']);

function scoped(refiner: Refiner): Refiner {
  const name = nameOf(refiner);
  if (name === 'OverlapRemovalRefiner') return refiner;
  return keepNotes(refineOnly(refiner, CHRONO_FILTERS.has(name) ? refineOnly.chronoDates : refineOnly.dates));
}

function nameOf(part: Parser | Refiner): string {
  return part.constructor.name;
}

function build(): Chrono {
  const chrono = casual.clone();
  const kept = chrono.parsers.flatMap((p) => {
    const reading = chronoReadings.kept[nameOf(p)];
    return reading ? [chronoParser(p, nameOf(p), reading)] : [];
  });
  chrono.parsers = [...OUR_PARSERS, ...kept];
  chrono.refiners = [
    ...chrono.refiners.filter((r) => !DROPPED_REFINERS.has(nameOf(r))).map(scoped),
    ...OUR_REFINERS,
  ];
  return chrono;
}

export const newsChrono: Chrono = build();
