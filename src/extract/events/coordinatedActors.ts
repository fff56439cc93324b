// The parties of a coordinated list that starts at a point: "between A, B and C", "with A and B".
// Each item is a noun group whose head is its last actor ("US Pres. Trump": Trump; "UAE Crown
// Prince Mohammed bin Zayed": Mohammed bin Zayed; "Israel": Israel; titles may be lower case: "US
// secretary of state John Kerry"); a country that only
// qualifies the head ("Israel Prime Minister Netanyahu") is no party of its own. Items are joined
// by a comma or "and", with at most a title after the joint ("and Crown Prince of Abu Dhabi
// Sheikh"); the list stops at the first gap that is neither, and after the item that "and" brings
// unless a bare "and" brings another ("A and B and C").
// Example: "between US Pres. Trump, Israel PM Netanyahu and UAE Crown Prince Mohammed bin Zayed on
//   Thursday" -> [Trump, Netanyahu, Mohammed bin Zayed]
import type { EntityMention } from '../../model/index.js';
import { gazetteer } from '../entities/gazetteer.js';
import { uniqueById } from './uniqueById.js';

let patterns: { within: RegExp; joint: RegExp } | undefined;
/**
 * WITHIN: inside one noun group, a possessive or title words between a qualifier and its head ("'s King ", " Prime Minister ");
 * JOINT: between two items, a comma or "and" (", and"), then at most a title. A title word is capitalised, or a word of the
 * gazetteer's titles in lower case ("US secretary of state John Kerry").
 */
function gaps(): { within: RegExp; joint: RegExp } {
  if (!patterns) {
    const lower = [...new Set([...gazetteer().titles.keys()].flatMap((t) => t.split(' ')))].join('|');
    const word = `(?:\\p{Lu}[\\p{L}.'’-]*|of|the|${lower})`;
    patterns = {
      within: new RegExp(`^(?:['’]s)?\\s+(?:${word}\\s+){0,6}$`, 'u'),
      joint: new RegExp(`^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?(?:${word}\\s+){0,6}$`, 'u'),
    };
  }
  return patterns;
}

/** The items' heads, in order; `first` must be the list's first actor. */
export function coordinatedActors(text: string, first: EntityMention, actors: readonly EntityMention[], limit: number): EntityMention[] {
  const { within: WITHIN, joint: JOINT } = gaps();
  const after = actors.filter((m) => m.start >= first.start && m.end <= limit).sort((a, b) => a.start - b.start);
  const heads: EntityMention[] = [];
  let head = first;
  let closed = false;
  for (const m of after.slice(after.indexOf(first) + 1)) {
    const gap = text.slice(head.end, m.start);
    if (WITHIN.test(gap) && !/,|\band\b/.test(gap) && head.kind !== 'PERSON') head = m;
    // "A and B, C said": the item after "and" is the last.
    // "with A and B and C": after a bare "and", another bare "and" carries the list on (no comma: "A and B, C said" ends it).
    else if (JOINT.test(gap) && (!closed || /^\s+and\s/.test(gap))) {
      heads.push(head);
      head = m;
      closed = /\band\b/.test(gap);
    } else break;
  }
  heads.push(head);
  return uniqueById(heads);
}
