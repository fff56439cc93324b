// Time extractor: text + context -> TimeMention[] (DESIGN.md, Time). Pure: no clock, no I/O;
// "no match" is []; never throws. Relative expressions resolve against ctx.reference (the
// publication date), anaphoric ones against the time mentioned just before them.
//
//   "Moon will arrive on April 10 and hold a summit the following day." (reference 2019-03-29)
//   -> "April 10"          2019-04-10 day, anchor 'publication' (future narration)
//      "the following day" 2019-04-11 day, anchor 'event'
//
// Parsing is chrono's (newsChrono: chrono's casual English plus our parsers and refiners,
// in the order documented there); toTimeMention turns chrono's results into TimeMentions.
import type { ParsingResult } from 'chrono-node';
import type { TimeMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { CalendarDay } from '../../model/calendarDay.js';
import { newsChrono } from './newsChrono.js';
import { timeNote } from './timeNote.js';
import { timeSettings, type TimeSettings } from './timeSettings.js';
import { toTimeMention } from './toTimeMention.js';

export interface TimeOptions {
  /** "said Wednesday" in a Wednesday article is that day (true) or the week before (false). */
  weekdayIncludesReference: boolean;
}

const DEFAULTS: TimeOptions = Object.freeze({ weekdayIncludesReference: true });

export function extractTimes(text: string, ctx: ExtractContext, options: Partial<TimeOptions> = {}): TimeMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const reference = CalendarDay.parse(ctx?.reference);
    const settings: TimeSettings = {
      reference: reference ?? timeSettings.placeholder,
      undated: reference === null,
      weekdayIncludesReference: options?.weekdayIncludesReference ?? DEFAULTS.weekdayIncludesReference,
    };
    // chrono needs an instant: noon UTC with a zero offset keeps its calendar fields on the
    // reference day whatever the system time zone. Nothing computed from the placeholder
    // reference of an undated article is reported (toTimeMention).
    const ref = settings.reference;
    const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
    // chrono declares ParsedResult; what its parse returns are its ParsingResult objects.
    const results = newsChrono.parse(text, { instant, timezone: 0 }, timeSettings.option(settings)) as ParsingResult[];
    const mentions: TimeMention[] = [];
    let opening: TimeMention | null = null;
    for (const r of results) {
      const mention = toTimeMention(r, text, settings);
      if (!mention) continue;
      const range = timeNote.read(r.start).range;
      // The end of a range gives its opening end the whole range (rangeSplitRefiner).
      if (range === 'end' && opening && mention.span.latest && opening.span.earliest) {
        opening.range = { ...opening.span, text: text.slice(opening.start, mention.end), latest: mention.span.latest };
      }
      opening = range === 'start' ? mention : null;
      mentions.push(mention);
    }
    return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  } catch {
    // A failure inside chrono on odd input is "no match", never a stopped run.
    return [];
  }
}
