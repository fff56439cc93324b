// A fronted phrase and the subject after its comma: "On Thursday, Merkel and Hollande paid a visit".
// splitClauses reads a comma and a coordinated noun group after a prepositional phrase as the rest of
// its list ("Thursday, Merkel and Hollande"), which leaves the clause with no subject. A clause with a
// verb and no subject whose prepositional argument runs from its start up to the verb, across a comma
// followed by a noun group, ends that argument at the comma and takes what follows as its subject. A
// list inside a phrase that is not fronted ("talks with Iran, Russia and China") is left alone, and so
// is one with no noun group after the comma, or one whose fronted phrase nests another ("Following his
// setback in Hanoi, Kim traveled"). Contract: mutates the clauses of one sentence.
// Example: "On Thursday, Merkel and Hollande paid a visit": preps [on Thursday], subject [Merkel and Hollande]
import type { Chunk, Clause } from './clauseTypes.js';

export function frontedPrepSubject(clauses: Clause[], words: readonly string[], chunks: readonly Chunk[]): void {
  for (const c of clauses) {
    if (!c.verb || c.subject || c.subjectShared) continue;
    const first = c.preps.find((p) => p.end === c.verb!.start && p.start <= c.start + (c.marker === null ? 1 : 2));
    if (!first) continue;
    const comma = words.indexOf(',', first.start);
    if (comma < 0 || comma >= first.end - 1 || !chunks.some((ch) => ch.type === 'NP' && ch.start === comma + 1)) continue;
    // One noun group before the comma ("On Thursday,", "In Doha,"); "Following his setback in Hanoi," nests another phrase.
    if (!chunks.some((ch) => ch.type === 'NP' && ch.start === first.start && ch.end === comma)) continue;
    c.subject = { prep: null, start: comma + 1, end: first.end };
    first.end = comma;
  }
}
