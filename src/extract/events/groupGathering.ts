// A gathering named by the group that holds it: "the contact group meeting", "an emergency cabinet
// meeting", "a European Union leaders summit". People the sentence names beside it ("X and Y have
// arrived at the contact group meeting", "X and Y arrive for a group photo during an EU leaders
// summit") attend the group's gathering; they are not a pair meeting each other. Not a gathering
// whose modifier counts or points at people ("the two leaders' summit", "their leaders meeting"),
// nor one named by a person or place ("the Trump summit", "the Hanoi meeting").
// Example: groupGathering('... arrived at the contact group meeting', trigger 'meeting') -> true
import type { Span } from '../../model/index.js';

/** A determiner, up to three modifier words, then a noun for a body of people right before the trigger. */
const GROUP_BEFORE = /\b(?:the|a|an|this|that)\s+((?:[\p{L}.'’-]+\s+){0,3}?)(?:group|council|committee|commission|cabinet|board|assembly|bloc|caucus|leaders['’]?|ministers['’]?|members['’]?)\s+$/iu;
const COUNTING = /\b(?:two|three|four|five|both|several|many)\b/i;

export function groupGathering(text: string, trigger: Span, sentence: Span): boolean {
  if (!/^(?:meeting|summit)s?$/i.test(trigger.text)) return false;
  const m = GROUP_BEFORE.exec(text.slice(Math.max(sentence.start, trigger.start - 80), trigger.start));
  return m !== null && !COUNTING.test(m[1]!);
}
