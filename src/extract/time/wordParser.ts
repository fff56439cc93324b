// Builds a chrono Parser from a regular expression and a reading function: the way our own
// parsers plug into chrono (parsers.unshift), with the left word boundary checked against the
// whole text (chrono re-runs patterns on suffixes that may start mid-word).
import type { Component, Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { timeNote, type TimeNote } from './timeNote.js';
import { timeSettings, type TimeSettings } from './timeSettings.js';

export interface WordReading {
  /** Characters of the match before the expression (a preposition): not part of the span. */
  skip?: number;
  /** Length of the expression from `skip`; defaults to the rest of the match. */
  length?: number;
  known?: Partial<Record<Component, number>>;
  implied?: Partial<Record<Component, number>>;
  /** Known components of the last day of a range ("February 27 and 28"). */
  end?: Partial<Record<Component, number>>;
  note?: TimeNote;
}

export type ReadMatch = (match: RegExpMatchArray, settings: TimeSettings, context: ParsingContext) => WordReading | null;

/** Matches nothing: the pattern of a parser whose key word the text lacks. */
const NOTHING = /(?!)/;

/** `requires`: a cheap test of the whole text for the parser's key words ("ago"), so that a long
 *  pattern is not run over texts that cannot hold a match. */
export function wordParser(name: string, pattern: RegExp, read: ReadMatch, requires?: RegExp): Parser {
  if (pattern.global || pattern.sticky) throw new TypeError(`${name}: chrono patterns must not be global`);
  return {
    pattern: (context) => (!requires || requires.test(context.text) ? pattern : NOTHING),
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const index = match.index ?? 0;
      // Not inside a word or a number ("1,000", "2.5").
      if (/[\p{L}\p{N}]$|\p{N}[.,]$/u.test(context.text.slice(Math.max(0, index - 2), index))) return null;
      const reading = read(match, timeSettings(context), context);
      if (!reading) return null;
      const skip = reading.skip ?? 0;
      const length = reading.length ?? match[0].length - skip;
      const result = context.createParsingResult(index + skip, context.text.slice(index + skip, index + skip + length));
      for (const [key, value] of Object.entries(reading.known ?? {})) result.start.assign(key as Component, value);
      for (const [key, value] of Object.entries(reading.implied ?? {})) result.start.imply(key as Component, value);
      if (reading.end) {
        result.end = context.createParsingComponents(reading.end);
        for (const [key, value] of Object.entries(reading.implied ?? {})) result.end.imply(key as Component, value);
      }
      return timeNote.add(result, { ...reading.note, by: `time/${name}` });
    },
  };
}
