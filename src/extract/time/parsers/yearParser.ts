// Years after a temporal preposition or with a qualifier: "in 2018", "since 1953", "by 2020",
// "early 2019", "2018's summit", "the 2032 Summer Olympics". Written by hand: chrono reads a bare year only as part of a
// date. The preposition is a signal, not part of the expression (TIMEX3 extents).
import { wordParser } from '../wordParser.js';

const PATTERN = new RegExp(
  '(?:(in|since|by|until|till|through|throughout|during|from|before|after|of|to|and|between|around)\\s+)?' +
    '((?:(?:early|late|mid)[\\s-]+|mid-)?((?:1[89]|20)\\d{2}))' +
    '(?![\\p{L}\\d%-]|[.,]\\d|\\s*(?:percent|per\\s+cent))',
  'iu',
);

const EVENT_AFTER = /^\s+(?:\p{Lu}\p{Ll}+|(?:armistice|election|elections|summit|war|crisis|agreement|accord|declaration|deal|games|olympics|world cup|treaty|talks|resolution|sanctions|test|launch)\b)/u;

export const yearParser = wordParser('yearParser', PATTERN, (match, _settings, context) => {
  const qualified = match[2] !== match[3];
  const possessive = /^['’]s\b/.test(context.text.slice((match.index ?? 0) + match[0].length));
  // "the 2032 Summer Olympics", "the 1953 armistice": a year naming an event, not a count ("the 2000 troops").
  const rest = context.text.slice((match.index ?? 0) + match[0].length);
  const namesEvent = /\bthe\s+$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 4), match.index ?? 0)) && EVENT_AFTER.test(rest);
  if (!match[1] && !qualified && !possessive && !namesEvent) return null;
  return { skip: match[0].length - match[2]!.length, known: { year: Number(match[3]) }, implied: { month: 1, day: 1 } };
});
