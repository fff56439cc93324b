// Senders and recipient of a list of demands handed over: a written note one side gives another,
// kept as a LETTER. The senders are the parties after "from" ("a list of demands from A, B and C")
// or the sides whose measures the demands are conditions for lifting ("handed X a list of demands as
// conditions for lifting the blockade imposed by A and B": the mediator who hands it is no sender),
// or, with none there, the subject of a verb of issuing ("A and B issued a list of demands");
// the recipient is the one it was handed, presented or sent to ("presented X with", "handed X",
// "sent to X", "demands to X", "X was handed a list"). A list only drawn up, rejected or talked about names a recipient
// but no handing; it still needs one side to be an event.
// Example: "Kuwait handed Chile a list of demands from Peru and Bolivia on Monday"
//   -> senders [Peru, Bolivia], recipient Chile.
import type { EntityMention, Span } from '../../model/index.js';
import { coordinatedActors } from './coordinatedActors.js';
import { ACTORS } from './kindSets.js';
import { isSpeaker } from './speakers.js';

export interface DemandListRoles {
  senders: EntityMention[];
  recipient: EntityMention | null;
}

/** The trigger: a list of demands, a numbered set of demands ("a 13-point list of demands", "10 demands"). */
export const DEMAND_LIST = /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)[-\s](?:point\s+)?)?list\s+of\s+(?:\d+\s+)?demands\b|\b(?:\d+|ten|eleven|twelve|thirteen|fourteen|fifteen)(?:-point)?\s+demands\b/gi;

const ISSUING = /\b(?:issu|sen[dt]|deliver|present|hand|submit|gave|give|pass|relay)\w*\s+(?:[\p{L}’'-]+\s+){0,6}$/iu;
const GIVEN_TO = /\b(?:presented|presents|presenting|present|handed|hands|handing|hand|gave|gives|give|giving|sent|sends|send|sending|delivered|delivers|deliver|delivering)\s+$/i;

/** "as conditions for lifting blockades imposed by": the sides whose measures the demands would end. */
const CONDITIONS_OF = /\bconditions?\s+(?:for|of)\s+(?:lifting|ending|easing|removing)\s+(?:[\p{L}-]+\s+){1,4}?(?:imposed|enforced|led)\s+by\s+(?:the\s+)?/iu;

/** `mentions`: the trigger's clause's; `whole`: the sentence's, for the imposers a participle clause names ("blockades imposed by A"). */
export function demandListRoles(text: string, trigger: Span, sentence: Span, mentions: EntityMention[], whole: readonly EntityMention[] = mentions): DemandListRoles {
  const actors = mentions.filter((m) => ACTORS.has(m.kind) && m.start >= sentence.start && m.end <= sentence.end);
  const before = text.slice(sentence.start, trigger.start);
  const after = text.slice(trigger.end, sentence.end);
  // "presented Qatar with a list", "handed Qatar a list": the one before the trigger, right after the verb.
  const given = actors.find((m) => m.end <= trigger.start && GIVEN_TO.test(text.slice(sentence.start, m.start)) && /^\s+(?:with\s+)?(?:an?|the|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}$/u.test(text.slice(m.end, trigger.start)));
  const to = /^\s+(?:[^,;]{0,40}?\s)??(?:to|on)\s+(?:the\s+)?/u.exec(after);
  const toward = to ? actors.find((m) => m.start === trigger.end + to[0].length) : undefined;
  // "Chile was handed a list of demands": the subject of a passive giving receives it.
  const passive = /\b(?:was|were|been|being|is|are)\s+(?:handed|given|sent|presented|delivered|set)\s+(?:with\s+)?(?:(?:an?|the)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu.test(before);
  const subjectOfPassive = passive ? actors.find((m) => m.end <= trigger.start && !isSpeaker(text, m)) : undefined;
  const recipient = given ?? subjectOfPassive ?? toward ?? null;
  const from = /^\s+(?:[^,;]{0,30}?\s)??from\s+(?:the\s+)?/u.exec(after);
  const first = from ? actors.find((m) => m.start === trigger.end + from[0].length) : undefined;
  let senders = first ? coordinatedActors(text, first, actors, sentence.end) : [];
  const terms = first ? null : CONDITIONS_OF.exec(after);
  const sides = terms ? whole.filter((m) => ACTORS.has(m.kind) && m.start >= trigger.end && m.end <= sentence.end) : [];
  const imposer = terms ? sides.find((m) => m.start === trigger.end + terms.index + terms[0].length) : undefined;
  if (imposer) senders = coordinatedActors(text, imposer, sides, sentence.end);
  if (senders.length === 0 && ISSUING.test(before) && !passive) {
    // "Saudi Arabia and other Arab countries ... issued a list of demands": the subject before the verb, not a speaker.
    const subject = actors.find((m) => m.end <= trigger.start && m !== recipient && !isSpeaker(text, m));
    senders = subject ? coordinatedActors(text, subject, actors.filter((m) => m !== recipient), trigger.start) : [];
  }
  return { senders: senders.filter((m) => m.id !== recipient?.id), recipient };
}
