// The surnames an article attests: the last word of each person it names in full, without a
// possessive; and the words after a surname standing alone that show it is one (findNewPersons
// finds such surnames, dropNonNames keeps them though they are common words).
// Example: fullNameSurnames([<"Tom Cotton">, <"Kim">, <"Theresa May’s">]) -> {"Cotton", "May"}
import type { EntityMention } from '../../model/index.js';

/** After a surname standing alone: a verb of saying or doing, or a possessive ("Cotton said", "Cotton’s letter"; not "cotton prices"). */
export const SURNAME_CUE = /^(?:['’]s\b|\s+(?:said|says|told|wrote|added|insisted|argued|has|had|is|was|will|would|did|does|also|then)\b)/u;

/** The last words of the people named in full, in the order first named. */
export function fullNameSurnames(mentions: readonly EntityMention[]): Set<string> {
  return new Set(mentions.filter((m) => m.kind === 'PERSON' && /\s/.test(m.text.trim())).map((m) => m.text.trim().split(/\s+/).pop()!.replace(/['’]s?$/u, '')));
}
