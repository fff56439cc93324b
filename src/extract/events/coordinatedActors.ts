// The parties of a coordinated list that starts at a point: "between A, B and C", "with A and B".
// Each item is a noun group whose head is its last actor ("US Pres. Trump": Trump; "UAE Crown
// Prince Mohammed bin Zayed": Mohammed bin Zayed; "Israel": Israel); a country that only
// qualifies the head ("Israel Prime Minister Netanyahu") is no party of its own. Items are joined
// by a comma or "and", with at most a title after the joint ("and Crown Prince of Abu Dhabi
// Sheikh"); the list stops at the first gap that is neither, and after the item that "and" brings.
// Example: "between US Pres. Trump, Israel PM Netanyahu and UAE Crown Prince Mohammed bin Zayed on
//   Thursday" -> [Trump, Netanyahu, Mohammed bin Zayed]
import type { EntityMention } from '../../model/index.js';
import { uniqueById } from './uniqueById.js';

/** Inside one noun group: a possessive or title words between a qualifier and its head ("'s King ", " Prime Minister "). */
const WITHIN = /^(?:['’]s)?\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,6}$/u;
/** Between two items: a comma or "and" (", and"), then at most a title. */
const JOINT = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,6}$/u;

/** The items' heads, in order; `first` must be the list's first actor. */
export function coordinatedActors(text: string, first: EntityMention, actors: readonly EntityMention[], limit: number): EntityMention[] {
  const after = actors.filter((m) => m.start >= first.start && m.end <= limit).sort((a, b) => a.start - b.start);
  const heads: EntityMention[] = [];
  let head = first;
  let closed = false;
  for (const m of after.slice(after.indexOf(first) + 1)) {
    const gap = text.slice(head.end, m.start);
    if (WITHIN.test(gap) && !/,|\band\b/.test(gap) && head.kind !== 'PERSON') head = m;
    // "A and B, C said": the item after "and" is the last.
    else if (JOINT.test(gap) && !closed) {
      heads.push(head);
      head = m;
      closed = /\band\b/.test(gap);
    } else break;
  }
  heads.push(head);
  return uniqueById(heads);
}
