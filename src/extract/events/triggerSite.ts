// Where a span of the text sits in the clause layer: its sentence, first token and clause, and
// what it is to that clause: the verb, the subject, an object, the object of a preposition (with
// the preposition), or something else. Event rules read it to take an event's time, place,
// parties and status from the trigger's own clause.
// Example: siteOf(doc, span of "summit") in "Biden will hold a summit with Putin" ->
//   { clause: 0, role: 'object', ... }
import type { Span } from '../../model/index.js';
import type { Argument, Clause, SentenceClauses } from '../clauses/clauseTypes.js';

export type SiteRole = 'verb' | 'subject' | 'object' | 'prep' | 'other';

export interface Site {
  sentence: SentenceClauses;
  /** Index of the sentence. */
  si: number;
  token: number;
  clause: Clause;
  clauseIndex: number;
  role: SiteRole;
  /** The argument (noun phrase) holding the span, when it is one. */
  argument: Argument | null;
}

const within = (a: { start: number; end: number }, i: number) => a.start <= i && i < a.end;

export function siteOf(doc: readonly SentenceClauses[], span: Pick<Span, 'start' | 'end'>): Site | null {
  const si = doc.findIndex((s) => s.start <= span.start && span.start < s.end);
  const sentence = doc[si];
  if (!sentence) return null;
  const token = sentence.tokens.findIndex((t) => t.start <= span.start && span.start < t.end);
  if (token < 0) return null;
  // The part of a clause after an interruption is that clause ("Trump, who met Kim, said ...").
  const own = sentence.clauseOf[token]!;
  const clauseIndex = sentence.clauses[own]?.completes ?? own;
  const clause = sentence.clauses[clauseIndex];
  if (!clause) return null;
  const base = { sentence, si, token, clause, clauseIndex };
  if (clause.verb && within(clause.verb, token)) return { ...base, role: 'verb', argument: null };
  if (clause.subject && !clause.subjectShared && within(clause.subject, token)) return { ...base, role: 'subject', argument: clause.subject };
  const head = clause.subject && !clause.subjectShared ? headOfSubject(sentence, clause.subject, token) : null;
  if (head) return { ...base, role: 'subject', argument: head };
  const object = clause.objects.find((o) => within(o, token));
  if (object) return { ...base, role: 'object', argument: object };
  const prep = clause.preps.find((p) => within(p, token));
  if (prep) return { ...base, role: 'prep', argument: prep };
  return { ...base, role: 'other', argument: null };
}

/**
 * "The signing ceremony of the accord will take place", "the summit of EU leaders has ended": the shallow parser
 * takes the noun after "of" for the subject; a noun group right before that "of" is the subject's head, and the
 * subject runs from it.
 */
function headOfSubject(sentence: SentenceClauses, subject: Argument, token: number): Argument | null {
  const the = sentence.tokens[subject.start - 1]?.text.toLowerCase() === 'the';
  const of = subject.start - (the ? 2 : 1);
  if (token >= of || sentence.tokens[of]?.text.toLowerCase() !== 'of') return null;
  for (let i = token; i < of; i++) if (!/^NN/.test(sentence.pos[i]!)) return null;
  let start = token;
  while (start > 0 && /^(?:DT|JJ|NN|CD|PRP\$|POS)/.test(sentence.pos[start - 1]!)) start--;
  return { prep: null, start, end: subject.end };
}

/** Whether two spans of the text sit in the same clause of the same sentence. */
export function sameClause(doc: readonly SentenceClauses[], a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean {
  const x = siteOf(doc, a);
  const y = siteOf(doc, b);
  return x !== null && y !== null && x.sentence === y.sentence && x.clauseIndex === y.clauseIndex;
}
