// A gathering named by the group that holds it: "the contact group meeting", "an emergency cabinet
// meeting", "a European Union leaders summit". People the sentence names beside it ("X and Y have
// arrived at the contact group meeting", "X and Y arrive for a group photo during an EU leaders
// summit") attend the group's gathering; they are not a pair meeting each other. Not a gathering
// whose modifier counts or points at people ("the two leaders' summit", "their leaders meeting"),
// nor one named by a person or place ("the Trump summit", "the Hanoi meeting").
// Example: groupGathering('... arrived at the contact group meeting', trigger 'meeting') -> true
// invitedTo: "received a formal invitation from King Salman to the summit": the summit told elsewhere,
// to which one is invited; inviter and guest are not its pair. Not "invited Kim to a summit" (a
// summit of the two proposed) nor "the summit invitation" (the trigger is no object of the invitation).
import type { Span } from '../../model/index.js';

/** A determiner, up to three modifier words, then a noun for a body of people right before the trigger. */
const GROUP_BEFORE = /\b(?:the|a|an|this|that)\s+((?:[\p{L}.'’-]+\s+){0,3}?)(?:group|council|committee|commission|cabinet|board|assembly|bloc|caucus|leaders['’]?|ministers['’]?|members['’]?)\s+$/iu;
const COUNTING = /\b(?:two|three|four|five|both|several|many)\b/i;

export function groupGathering(text: string, trigger: Span, sentence: Span): boolean {
  if (!/^(?:meeting|summit)s?$/i.test(trigger.text)) return false;
  const m = GROUP_BEFORE.exec(text.slice(Math.max(sentence.start, trigger.start - 80), trigger.start));
  return m !== null && !COUNTING.test(m[1]!);
}

/** An invitation, from someone or not, to a definite gathering right before the trigger. */
const INVITED_TO_THE = /\binvit(?:ation|ations|ed|es|e|ing)\b(?:\s+(?:from|by)\s+[^,;.]{1,60}?)?\s+to\s+(?:attend\s+)?the\s+(?:[\p{L}-]+\s+){0,2}$/iu;

export function invitedTo(text: string, trigger: Span, sentence: Span): boolean {
  return INVITED_TO_THE.test(text.slice(Math.max(sentence.start, trigger.start - 100), trigger.start));
}
