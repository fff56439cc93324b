// Parties of a meeting, talks or summit from the trigger's place in its clause, for when the
// patterns of participantsFor ("between X and Y", "X-Y summit", "with X", "X and Y") found none:
//   the clause's verb ("Biden met Putin")                      -> its subject and objects
//   the object of a verb that holds it ("held talks with Y")  -> its subject (and "with"/"between" parties)
//   "in"/"during"/"at"/"over" it ("X warned Y in a call")      -> the subject and objects of its clause
// Speakers of other clauses are never among them: only the trigger's own clause is read.
// Example: "Biden warned Xi in a video conference on Friday." -> Biden, Xi
import type { EntityMention } from '../../model/index.js';
import { charSpan } from '../clauses/charSpan.js';
import type { Argument } from '../clauses/clauseTypes.js';
import { ACTORS } from './kindSets.js';
import type { Site } from './triggerSite.js';
import { uniqueById } from './uniqueById.js';

const INSIDE = new Set(['in', 'during', 'at', 'over', 'on']);

export function clauseParticipants(site: Site, entities: readonly EntityMention[]): EntityMention[] {
  const { sentence, clause, role } = site;
  const within = (a: Argument | null) => {
    const s = a ? charSpan(sentence, a) : null;
    return s ? entities.filter((m) => ACTORS.has(m.kind) && m.start >= s.start && m.end <= s.end) : [];
  };
  // "between a sitting president and a leader" names a kind of meeting, not its parties.
  const indefinite = (a: Argument) => /^(?:a|an|any|some)$/i.test(sentence.tokens[a.start]!.text);
  const company = clause.preps.filter((p) => (p.prep === 'with' || p.prep === 'between') && !indefinite(p)).flatMap(within);
  let found: EntityMention[] = [];
  if (role === 'verb') found = [...within(clause.subject), ...clause.objects.flatMap(within), ...company];
  else if (role === 'object') found = [...within(clause.subject), ...company];
  else if (role === 'prep' && INSIDE.has(site.argument?.prep ?? '')) found = [...within(clause.subject), ...clause.objects.flatMap(within), ...company];
  return uniqueById(found);
}
