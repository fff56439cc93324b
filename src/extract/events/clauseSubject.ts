// The actors a clause's arguments name, read from the clause layer: the subject of the trigger's
// clause (its first person, else its first country or organisation; a subject shared with the
// governing clause is that clause's: "Cotton said he stands by the decision to address the letter"
// -> Cotton), the agent of a passive ("was sent by X"), and the object of a preposition ("to X").
// A pronoun subject ("he wrote", "a letter she has written") points back to the subject of the
// sentence's main clause, its most salient actor, else to that of the clause it depends on.
// Example: subjectActor(site of "visit" in "Jared Kushner, adviser to Donald Trump, paid a visit to
//   Qatar", mentions) -> Jared Kushner (not Trump, who sits in the apposition).
import type { EntityMention } from '../../model/index.js';
import { charSpan } from '../clauses/charSpan.js';
import type { Argument, Clause, SentenceClauses } from '../clauses/clauseTypes.js';
import { ACTORS } from './kindSets.js';
import type { Site } from './triggerSite.js';

const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

/** The sentence's main clause with a subject of its own: what the sentence is about. */
function mainClause(sentence: SentenceClauses): Clause | undefined {
  return sentence.clauses.find((c) => c.kind === 'main' && c.subject !== null && !c.subjectShared);
}

/** The actor an argument names: its first person, else its first country or organisation. */
export function actorIn(sentence: SentenceClauses, a: Argument | null, mentions: readonly EntityMention[], kinds: ReadonlySet<string> = ACTORS): EntityMention | null {
  if (!a) return null;
  const { start, end } = charSpan(sentence, a);
  const inside = mentions.filter((m) => kinds.has(m.kind) && m.start >= start && m.end <= end);
  return inside.find((m) => m.kind === 'PERSON') ?? inside[0] ?? null;
}

function subjectOfClause(sentence: SentenceClauses, clause: Clause, mentions: readonly EntityMention[], kinds: ReadonlySet<string>, depth: number): EntityMention | null {
  const found = actorIn(sentence, clause.subject, mentions, kinds);
  if (found) return found;
  const pronoun = clause.subject !== null && clause.subject.end - clause.subject.start === 1 && PRONOUN.test(sentence.tokens[clause.subject.start]!.text);
  if (!pronoun || clause.parent === null || depth >= 3) return null;
  const main = mainClause(sentence);
  // The main clause's subject names no actor ("Theresa May", untagged): none, not an object of another clause.
  if (main && main !== clause) return actorIn(sentence, main.subject, mentions, kinds);
  return subjectOfClause(sentence, sentence.clauses[clause.parent]!, mentions, kinds, depth + 1);
}

/** The actor that does what the trigger's clause says: its subject, or the agent of a passive verb. */
export function subjectActor(site: Site, mentions: readonly EntityMention[], kinds: ReadonlySet<string> = ACTORS): EntityMention | null {
  const { sentence, clause } = site;
  if (clause.verb?.passive) return actorIn(sentence, clause.preps.find((p) => p.prep === 'by') ?? null, mentions, kinds);
  return subjectOfClause(sentence, clause, mentions, kinds, 0);
}

/** The actor of the trigger's clause's first prepositional argument with this preposition, after the trigger. */
export function prepActor(site: Site, prep: string, mentions: readonly EntityMention[]): EntityMention | null {
  const arg = site.clause.preps.find((p) => p.prep === prep && p.start > site.token);
  return arg ? actorIn(site.sentence, arg, mentions) : null;
}

/** Whom a personal pronoun of the sentence ("his letter", "to him") means: the subject of its main clause, unless that is `not`. */
export function mainSubject(sentence: SentenceClauses, mentions: readonly EntityMention[], not: string | null): EntityMention | null {
  const main = mainClause(sentence);
  const actor = main ? actorIn(sentence, main.subject, mentions, new Set(['PERSON'])) : null;
  return actor && actor.id !== not ? actor : null;
}
