// A body named in the title of the person right after it ("EU foreign policy chief Federica
// Mogherini", "NATO Secretary General Jens Stoltenberg", "IAEA director general Yukiya Amano") is
// that person's office, not a party of its own: the person is the party. Contract: (text, a body's
// mention, the mention after it) -> the person, or undefined when the words between are not a title
// ending in its head word.
// Example: officerOf("Zarif and EU foreign policy chief Mogherini met", EU, Mogherini) -> Mogherini.
import type { EntityMention } from '../../model/index.js';

/** Between a body and its officer: at most three words of a title, then its head ("foreign policy chief", "Secretary General"). */
const OFFICE_OF_BODY = /^\s+(?:[\p{L}-]+\s+){0,3}(?:chief|head|minister|director(?:\s+general)?|secretary(?:[\s-]+general)?|general|president|envoy|representative|spokes(?:man|woman|person)|commissioner|chair(?:man|woman)?|ambassador)\s+$/iu;

export function officerOf(text: string, body: EntityMention, next: EntityMention | undefined): EntityMention | undefined {
  if (body.kind !== 'ORGANIZATION' || next?.kind !== 'PERSON') return undefined;
  return OFFICE_OF_BODY.test(text.slice(body.end, next.start)) ? next : undefined;
}
