// Wraps one of chrono's own parsers: records its name on every result (chrono tags only some),
// adds what we know of its readings (a note), and lets a guard veto readings that are wrong in
// news text before they compete with other parsers' readings in chrono's overlap removal.
import { ParsingComponents, ParsingResult, type Parser, type ParsingContext } from 'chrono-node';
import { timeNote, type TimeNote } from './timeNote.js';

export interface ChronoReading {
  /** False vetoes the reading. */
  guard?: (context: ParsingContext, result: ParsingResult) => boolean;
  /** What to note on an accepted reading. */
  note?: (result: ParsingResult) => TimeNote;
  /** False: do not sign readings (a clock time is kept only merged into a date, whose parser made it). */
  signs?: boolean;
}

export function chronoParser(parser: Parser, name: string, reading: ChronoReading): Parser {
  return {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      const out = parser.extract(context, match);
      if (!out) return null;
      let result: ParsingResult;
      if (out instanceof ParsingResult) {
        result = out;
      } else {
        // What chrono's executeParser does with bare components (chrono's word-boundary base
        // class has already moved match.index and match[0] past the left boundary).
        result = context.createParsingResult(match.index ?? 0, match[0]);
        result.start = out instanceof ParsingComponents ? out : context.createParsingComponents(out);
      }
      if (reading.guard && !reading.guard(context, result)) return null;
      return timeNote.add(result, { ...reading.note?.(result), ...(reading.signs === false ? {} : { by: `chrono/${name}` }) });
    },
  };
}
