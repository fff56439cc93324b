// Refiner: journalists named as the reporters of the story are no people of the news (issue 16, as
// bylines): a person named after an outlet's possessive and a newsroom title ("Example's Europe
// correspondent Ana Holm said"), or after an outlet's possessive with a reporting phrase ("Example's
// Ana Holm is in Oslo to cover it", "writes Example's Ana Holm", "Example's Ana Holm reports").
// A person the article also names elsewhere (in full or by surname) is its news and stays:
// "The Example's columnist Ana Holm" of a story about her. Runs before linkPartialNames, so a
// reporter's first name alone ("Ana, what did you see?") is then a fragment and goes too.
// Example: "Example's Ana Holm is in Oslo to cover the talks." -> no Ana Holm.
import type { EntityMention } from '../../model/index.js';
import type { ExtractContext } from '../context.js';
import { gazetteer } from './gazetteer.js';
import { personWords } from './personKey.js';

const OUTLET = String.raw`\p{Lu}[\p{L}.&-]*(?:[ \t]+\p{Lu}[\p{L}.&-]*){0,3}['’]s?`;
/** Newsroom titles, lower case or capitalised ("Europe Correspondent"). */
const NEWSROOM = `(?:${['correspondent', 'reporter', 'journalist', 'columnist', 'editor', 'anchor', 'bureau chief', 'producer', 'presenter', 'writer'].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
/** A given name the tagger left out of the span ("the Example's Saeed" + "Ana Holm"). */
const GIVEN = String.raw`(?:\p{Lu}\p{Ll}+[ \t]+)?`;
/** "Example's (chief) Europe correspondent " right before the name. */
const TITLED = new RegExp(String.raw`(?:^|[^\p{L}])${OUTLET}[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?${NEWSROOM}[ \t]+${GIVEN}$`, 'u');
/** "Example's " right before the name... */
const OWNED = new RegExp(String.raw`(?:^|[^\p{L}])${OUTLET}[ \t]+${GIVEN}$`, 'u');
/** ...and a reporting phrase after it, or a reporting verb before the possessive. */
const REPORTS_AFTER = /^,?[ \t]+(?:writes|wrote|reports|reported|is reporting|was reporting|has (?:more|the latest|the details)|(?:is|was) (?:in|at) [^.!?]{1,60}? to cover)\b/u;
const REPORTS_BEFORE = new RegExp(String.raw`\b(?:writes|wrote|reports|reported|according to)[ \t]+(?:the[ \t]+)?${OUTLET}[ \t]+${GIVEN}$`, 'u');

function asReporter(ctx: ExtractContext, m: EntityMention): boolean {
  const before = ctx.text.slice(Math.max(0, m.start - 80), m.start);
  if (TITLED.test(before) || REPORTS_BEFORE.test(before)) return true;
  return OWNED.test(before) && REPORTS_AFTER.test(ctx.text.slice(m.end, m.end + 100));
}

export function dropReporters(ctx: ExtractContext, mentions: EntityMention[]): EntityMention[] {
  const people = mentions.filter((m) => m.kind === 'PERSON' && !gazetteer().byId.has(m.id));
  const reporters = people.filter((m) => asReporter(ctx, m) && personWords(m.text).length > 1);
  if (reporters.length === 0) return mentions;
  const gone = new Set<string>();
  for (const r of reporters) {
    const surname = personWords(r.text).at(-1)!;
    // Named again as its news: the same person, or its surname alone, outside a reporter's line.
    const named = people.some((m) => !reporters.includes(m) && (m.id === r.id || personWords(m.text).join(' ') === surname));
    if (!named) gone.add(r.id);
  }
  return mentions.filter((m) => !gone.has(m.id));
}
