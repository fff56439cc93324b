// Mentions that read an office rather than name a person: a title the page resolves to its holder
// ("the Cuban president" by resolveTitles or officesInText, "the European Council President" by
// bodyOfficesInText, "the PM" by bareTitles). Their words are the office's, not the person's: they give no alias, and no
// office is learned from them. Contract: the refiners' `by` marks, and readsOffice(m) -> boolean.
// Example: readsOffice({ ..., text: 'the Cuban president', by: OFFICES_BY }) -> true.
import type { EntityMention } from '../../model/index.js';

export const RESOLVE_TITLES_BY = 'entities/resolveTitles';
export const OFFICES_BY = 'entities/officesInText';
export const BODY_OFFICE_BY = 'entities/bodyOfficesInText';
export const BARE_TITLES_BY = 'entities/bareTitles';

const OFFICE_READERS: ReadonlySet<string> = new Set([RESOLVE_TITLES_BY, OFFICES_BY, BODY_OFFICE_BY, BARE_TITLES_BY]);

export function readsOffice(m: Pick<EntityMention, 'by'>): boolean {
  return OFFICE_READERS.has(m.by);
}
