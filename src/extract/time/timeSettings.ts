// Per-call settings of the time extractor, handed to our chrono parsers and refiners through
// chrono's ParsingOption (the one per-parse object chrono passes to every parser and refiner).
import type { ParsingContext, ParsingOption } from 'chrono-node';
import { CalendarDay } from '../../model/calendarDay.js';

export interface TimeSettings {
  /** Reference day (publication date); a fixed placeholder when the article is undated. */
  reference: CalendarDay;
  /** True when the article has no reference: deictic readings are then unresolvable. */
  undated: boolean;
  /**
   * Whether a bare weekday may name the reference day itself ("said Wednesday" in a Wednesday
   * paper). Wire style names the publication day by its weekday, so the default is true.
   */
  weekdayIncludesReference: boolean;
}

interface NewsParsingOption extends ParsingOption {
  newsgraph?: TimeSettings;
}

/** Placeholder reference of undated articles; nothing computed from it is ever reported. */
const PLACEHOLDER = CalendarDay.of(2000, 1, 1) as CalendarDay;

export function timeSettings(context: ParsingContext): TimeSettings {
  return (
    (context.option as NewsParsingOption).newsgraph ?? {
      reference: PLACEHOLDER,
      undated: true,
      weekdayIncludesReference: true,
    }
  );
}

/** The chrono option that carries settings to our parsers and refiners. */
timeSettings.option = (settings: TimeSettings): NewsParsingOption => ({ newsgraph: settings });
timeSettings.placeholder = PLACEHOLDER;
