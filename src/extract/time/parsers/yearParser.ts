// Years: "in 2018", "1996" (a four-digit number of 1800-2099 standing alone is a year in news:
// counts that large are written "2,000"), "his 2007 campaign", "a 2010 commando raid", "early
// 2019", "2018's summit", "fiscal 1989" (a fiscal year, TimeBank's value "1989"), and both ends
// of a range: "1957 - 58" (the second end 1958; rangeSplitRefiner splits it), "2009-2010". Years before 1800 need a
// preposition ("in 1066"). "the end of 1990" keeps its modifier in the extent (TimeML MOD) and is
// the year. Written by hand: chrono reads a bare year only as part of a date. The
// preposition is a signal, not part of the expression (TIMEX3 extents). Not years: counts and
// measures ("2019 kilometres", "1500 troops", "1998 percent"), money ("$1990"), numbers inside
// names ("Orion 1980", "Flight 1990", "Room 2010"), parts of larger numbers ("1,998", "1998.5").
import { wordParser } from '../wordParser.js';

const PATTERN = new RegExp(
  '(?:(?<prep>in|since|by|until|till|through|throughout|during|from|before|after|of|to|and|between|around|into|for|due|or)\\s+)?' +
    '(?<words>(?:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+|(?:early|late|mid)[\\s-]+|mid-|fiscal\\s+(?:year\\s+)?)?(?<year>1[0-9]\\d{2}|20\\d{2})(?:\\s*[-–]\\s*(?<short>\\d{2}))?)' +
    '(?![\\p{L}\\d%]|[.,]\\d|\\s*(?:percent|per\\s+cent))',
  'iu',
);

/** Words after a number that make it a count or a measure, not a year. */
const COUNTED_AFTER = /^[\s-]*(?:troops|soldiers|people|persons|men|women|children|workers|employees|members|delegates|residents|refugees|prisoners|students|votes|voters|seats|jobs|cases|deaths|units|shares|cars|vehicles|planes|ships|tanks|missiles|rockets|homes|houses|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|foot|yards?|tons?|tonnes?|barrels|gallons|litres?|liters?|acres|hectares|pounds|dollars|euros|yen|yuan|won|points|pages|words|calories|degrees|rounds|times|hours|minutes|seconds|days|weeks|months|years)\b/i;
/** Before a number: money, a number sign, or a name that the number completes. */
const NOT_YEAR_BEFORE = /(?:[$£€¥#]|\bNo\.|\bno\.|\d[\d,.]*\s*)$|\b(?:Flight|Room|Suite|Route|Highway|Interstate|Apartment|Unit|Box|Gate|Platform|Channel|Model|Resolution|Article|Section|Chapter|Volume|Vol\.|Page|Item)\s+$/;
/** A capitalised word before the number names something ("Orion 1980") unless it is one of these. */
const FUNCTION_WORDS = new Set([
  'In', 'By', 'Since', 'Until', 'From', 'After', 'Before', 'During', 'For', 'The', 'A', 'An', 'Its', 'His', 'Her', 'Their', 'Our', 'That', 'This', 'Of', 'And', 'Between', 'Through', 'Throughout', 'Until', 'Till', 'Around', 'About', 'Early', 'Late', 'Mid', 'Fiscal', 'Into', 'Due', 'Or', 'Both', 'Last', 'Calendar',
]);

export const yearParser = wordParser('yearParser', PATTERN, (match, _settings, context) => {
  const g = match.groups ?? {};
  const index = match.index ?? 0;
  const after = context.text.slice(index + match[0].length, index + match[0].length + 30);
  if (COUNTED_AFTER.test(after)) return null;
  const year = Number(g.year);
  const before = context.text.slice(Math.max(0, index - 20), index);
  if (NOT_YEAR_BEFORE.test(before)) return null;
  const name = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before)?.[1];
  if (!g.prep && name && !FUNCTION_WORDS.has(name)) return null;
  // A bare year needs 1800-2099; earlier years only after a temporal preposition ("in 1066").
  if (year < 1800 && !g.prep) return null;
  if (g.prep && /^(?:and|or|to|of|for|due)$/i.test(g.prep) && year < 1800) return null;
  const skip = match[0].length - g.words!.length;
  // "1957 - 58": a range of years whose end is written in two digits, in the century of its start.
  const end = g.short ? Math.floor(year / 100) * 100 + Number(g.short) : null;
  if (end !== null && end > year) return { skip, known: { year }, implied: { month: 1, day: 1 }, end: { year: end } };
  if (end !== null) return null;
  return { skip, known: { year }, implied: { month: 1, day: 1 } };
});
