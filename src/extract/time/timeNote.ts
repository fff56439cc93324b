// What the time extractor knows about a chrono result beyond chrono's own date components:
// who made it, the granularity the words gave, how it depends on the reference. Carried on the
// result as chrono tags ("newsgraph:" + JSON), because tags are the one channel chrono copies
// through its own refiners (merges; keepNotes restores them after clones). Later notes
// override earlier ones, key by key. A result's note is its start's: ParsingResult.tags()
// would mix in the notes of a range's end.
import type { ParsedComponents, ParsingComponents, ParsingResult } from 'chrono-node';
import type { Granularity, TimexType } from '../../model/index.js';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface TimeNote {
  /** Parser or refiner that made the reading ("chrono/ENWeekdayParser", "time/seasonParser"). */
  by?: string;
  /** Granularity when chrono's components alone do not say it (week, parts of a month, season). */
  granularity?: Granularity;
  season?: Season;
  /** A week's weekend only, Saturday and Sunday ("Easter weekend": TIMEX3 "2018-W13-WE"). */
  weekend?: boolean;
  /** A fixed TIMEX3 value with no interval of its own: "P4M", "PAST_REF", "XXXX-WXX-1" (a set). */
  value?: string;
  /** TIMEX3 type where granularity and time of day do not say it: SET. */
  type?: TimexType;
  /** A time of day the TIMEX3 value keeps after the day: "NI" (night), "MO", "AF", "EV", "15:00". */
  timeOfDay?: string;
  /** Counted from the reference date ("next month", "yesterday"): unresolvable without one. */
  deictic?: boolean;
  /** Direction the words themselves give ("earlier", "last": past; "later", "next": future). */
  direction?: 'past' | 'future';
  /** "earlier this month" ends at the reference; "later this month" starts there. */
  clip?: 'toReference' | 'fromReference';
  /** "the following day": n units after the time mentioned just before. */
  anaphor?: Anaphor;
  /** An end of a range the text gave as one ("from Sunday to Wednesday"), split by rangeSplitRefiner. */
  range?: 'start' | 'end';
  /** What a resolved anaphor was counted from, in the end ('reference': no anchor, its own fallback reading). */
  base?: 'absolute' | 'publication' | 'reference';
}

/** A time counted from the time mentioned before it (its anchor); anaphoraRefiner resolves it. */
export interface Anaphor {
  n: number;
  unit: CalendarUnit;
  /** Granularities an anchor may have; default: those fine enough for the unit. */
  anchors?: Granularity[];
  /** Anchor granularities the result keeps ("a year earlier" than "the third quarter" is that quarter a
   *  year before); an anchor of another granularity gives the result the unit's ("the year"). */
  keep?: Granularity[];
  /** Only an anchor at most this many sentence ends before counts (0: its own sentence). */
  near?: number;
  /** "the following Monday": the first such weekday (0 Sunday ... 6 Saturday) after (n > 0) or before the anchor. */
  weekday?: number;
  /** The year the result is in, whatever the anchor's ("the 1988 quarter": the anchor's quarter of 1988). */
  year?: number;
  /** With no anchor, the reading keeps the date it was given (counted from the reference) instead of being dropped. */
  fallback?: boolean;
}

const PREFIX = 'newsgraph:';
/** Parsed notes by tag: the same few tags recur on every reading (reading them is the refiners' hot path). */
const PARSED = new Map<string, TimeNote>();
const PARSED_LIMIT = 10_000;

function parsed(tag: string): TimeNote {
  let note = PARSED.get(tag);
  if (!note) {
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    note = JSON.parse(tag.slice(PREFIX.length)) as TimeNote;
    // Shared by every reader: frozen, so that none can change another's note.
    for (const value of Object.values(note)) if (value && typeof value === 'object') Object.freeze(value);
    PARSED.set(tag, Object.freeze(note));
  }
  return note;
}

type Tagged = ParsingResult | ParsingComponents;

export const timeNote = {
  read(target: ParsedComponents): TimeNote {
    const note: TimeNote = {};
    for (const tag of target.tags()) {
      if (tag.startsWith(PREFIX)) Object.assign(note, parsed(tag));
    }
    return note;
  },

  add<T extends Tagged>(target: T, note: TimeNote): T {
    target.addTag(PREFIX + JSON.stringify(note));
    return target;
  },
};
