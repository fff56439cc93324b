// A subject set off with its companions: "Kushner, joined by envoys A and B, a State Department
// adviser, were flying to X", "The minister, accompanied by C, arrived in Y". The person right before
// the companion phrase ("joined by", "accompanied by", "flanked by", "together with", "along with")
// is the subject; the people inside the phrase go along. The phrase must close with a comma that
// only auxiliaries or adverbs separate from the trigger, so a companion phrase inside another
// clause ("A, joined by B, said C flew to X") says nothing of the trigger's subject.
// The clause layer reads "joined" as the main verb there and loses "were flying"; this reads the
// characters between the sentence start and the trigger instead, a hand-written rule.
// Example: "A, accompanied by B, flew to Lisbon" -> { head: A, companions: [B] }.
import type { EntityMention, Span } from '../../model/index.js';

const PHRASE = /,\s+(?:(?:joined|accompanied|flanked)\s+by|(?:together|along)\s+with)\s+/giu;
/** What may stand between the phrase's closing comma and the trigger: auxiliaries, adverbs, "and others". */
const BRIDGE = /^\s*(?:and\s+others\s+)?(?:(?:was|were|is|are|had|has|have|will|would|also|then|later|soon|now|on|by|due|set|to|be|being|been|already)\s+)*$/iu;

export interface Company {
  head: EntityMention;
  companions: EntityMention[];
}

/** The subject and its companions when the trigger's sentence opens its subject so; null otherwise. */
export function companionPhrase(text: string, trigger: Span, sentence: Span, mentions: readonly EntityMention[]): Company | null {
  const before = text.slice(sentence.start, trigger.start);
  const phrase = [...before.matchAll(PHRASE)].pop();
  if (!phrase) return null;
  const opens = sentence.start + phrase.index;
  const inside = sentence.start + phrase.index + phrase[0].length;
  const closes = sentence.start + before.lastIndexOf(',');
  if (closes <= inside || !BRIDGE.test(text.slice(closes + 1, trigger.start))) return null;
  const people = mentions.filter((m) => m.kind === 'PERSON' && m.start >= sentence.start && m.end <= trigger.start);
  const head = people.find((m) => m.end <= opens && /^['’"]?$/u.test(text.slice(m.end, opens)));
  if (!head) return null;
  const all = people.filter((m) => m.start >= inside && m.end <= closes && m.id !== head.id);
  const companions = all.filter((m, i) => all.findIndex((n) => n.id === m.id) === i);
  return companions.length ? { head, companions } : null;
}
