// Years after a temporal preposition or with a qualifier: "in 2018", "since 1953", "by 2020",
// "early 2019", "2018's summit". Written by hand: chrono reads a bare year only as part of a
// date. The preposition is a signal, not part of the expression (TIMEX3 extents).
import { wordParser } from '../wordParser.js';

const PATTERN = new RegExp(
  '(?:(in|since|by|until|till|through|throughout|during|from|before|after|of|to|and|between|around)\\s+)?' +
    '((?:(?:early|late|mid)[\\s-]+|mid-)?((?:1[89]|20)\\d{2}))' +
    '(?![\\p{L}\\d%-]|[.,]\\d|\\s*(?:percent|per\\s+cent))',
  'iu',
);

export const yearParser = wordParser('yearParser', PATTERN, (match, _settings, context) => {
  const qualified = match[2] !== match[3];
  const possessive = /^['’]s\b/.test(context.text.slice((match.index ?? 0) + match[0].length));
  if (!match[1] && !qualified && !possessive) return null;
  return { skip: match[0].length - match[2]!.length, known: { year: Number(match[3]) }, implied: { month: 1, day: 1 } };
});
