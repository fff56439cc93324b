// A clause with no subject of its own takes the one it shares (splitClauses calls this once its clauses are split):
// a relative pronoun's antecedent, a controller, the subject of the verb it is coordinated with.
// Example: "Kim, who met Trump," -> the relative clause's subject is Kim; "Moon said that Kim arrived and met Trump" ->
//   "and met Trump" takes Kim, not Moon.
import type { Chunk, Clause } from './clauseTypes.js';
import { clauseWords as W } from './clauseWords.js';

/** A clause with no subject of its own takes the one it shares: a relative pronoun's antecedent, a controller, a coordinated verb's subject. */
export function shareSubject(c: Clause, clauses: readonly Clause[], chunks: readonly Chunk[], words: readonly string[], pos: readonly string[]): void {
  if (c.subject !== null || !c.verb) return;
  const index = clauses.indexOf(c);
  if (c.kind === 'relative') {
    // "Trump, who met Kim": the noun the pronoun stands for; "Moon, a liberal who met Kim": with its apposition.
    const antecedent = [...chunks].reverse().find((ch) => ch.type === 'NP' && ch.end <= c.start && !/^W/.test(pos[ch.start]!));
    if (antecedent) {
      let start = antecedent.start;
      const apposed = words[start - 1] === ',' ? chunks.find((ch) => ch.type === 'NP' && ch.end === start - 1) : undefined;
      if (apposed && /^NNP/.test(pos[apposed.end - 1]!)) start = apposed.start;
      c.subject = { prep: null, start, end: antecedent.end };
    }
  } else if (c.parent !== null) {
    const p = clauses[c.parent]!;
    const objectControl = c.kind === 'complement' && c.marker === 'to' && p.verb !== null && p.objects.length > 0 && W.objectControl.has(p.verb.lemma);
    // "said that Lavrov and Blinken spoke by phone, and agreed to meet": a verb coordinated with the clause before it, under
    // one parent, shares that clause's subject; not a verb of saying, which goes on with the parent ("said that ..., and added"),
    // nor a pronoun, which most often is the parent's subject again ("The U.S. said it remains open ..., and will seek talks").
    const before = index > 0 ? clauses[index - 1]! : null;
    const pronoun = before?.subject && before.subject.end - before.subject.start === 1 && /^PRP$/.test(pos[before.subject.start]!);
    const sibling = c.marker !== null && W.coordinators.has(c.marker) && before?.parent === c.parent && before.subject !== null && !pronoun && !W.speech.has(c.verb.lemma);
    c.subject = objectControl ? p.objects[0]! : sibling ? before.subject : p.subject;
  } else if (c.marker !== null && index > 0) {
    // "and signed a deal": a coordinated verb shares the subject before it.
    c.subject = clauses[index - 1]!.subject;
  }
  c.subjectShared = c.subject !== null;
}
