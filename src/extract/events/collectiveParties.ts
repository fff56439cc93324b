// A body's summit whose own clause names its parties only by a collective noun phrase: the clause's
// subject ("EU leaders endorsed the deal at a summit in Brussels on Sunday", "The leaders gave their
// backing during a summit", up from a relative clause) or the trigger's possessor ("the EU leaders'
// summit"). The phrase stands for a body when it names one ("EU leaders", "the leaders of the European
// Union", "the leaders of the 27 EU countries"); a bare anaphor ("the leaders", "the 27 leaders") stands
// for the body a phrase with the same head named in the two sentences before. A clause whose subject
// names no one ("The deal, reached at an emergency summit in Brussels on Wednesday, ...") takes the body
// whose leaders open the sentence before ("The European Union leaders and the UK have agreed ...").
// A collective that names no body ("world leaders", "the leaders of the protest") gives no parties.
// A body plus a place recurs every few months and identifies no summit: assemble keeps these parties
// only when the summit is told as done on a date of its own clause (see assembleEvents).
// Contract: pure; null when no collective stands for the summit's parties; else the body as its one party.
// Example: "EU leaders met at a summit in Brussels on Sunday." -> [European Union].
import type { EntityMention, Span } from '../../model/index.js';
import type { Argument } from '../clauses/clauseTypes.js';
import { charSpan } from '../clauses/charSpan.js';
import type { CandidateParticipant } from './candidate.js';
import { previousSentenceStart } from './pronounAntecedent.js';
import type { Site } from './triggerSite.js';

/** Nouns for the members of a body meeting as one. */
const HEADS = String.raw`(?:leaders|heads\s+of\s+(?:state|government)(?:\s+(?:and|or)\s+(?:state|government))?|member\s+states)`;
/** A noun phrase headed by a collective: up to five words before the head, then at most an "of" complement. */
const COLLECTIVE = new RegExp(String.raw`^(?:[\p{L}\d.'’-]+\s+){0,5}?(${HEADS})(?:\s+of\s+.+)?$`, 'iu');
/** A bare anaphor: a definite determiner, maybe a count and "other", then the head. */
const ANAPHOR = new RegExp(String.raw`^(?:the|all)\s+(?:(?:\d+|twenty-seven)\s+)?(?:other\s+)?(${HEADS})$`, 'iu');
/** "EU leaders' summit": a collective possessor right before the trigger (one modifier between). */
const POSSESSOR = new RegExp(String.raw`((?:[\p{L}\d.'’-]+\s+){0,3}${HEADS})['’]\s+(?:[\p{L}-]+\s+)?$`, 'iu');
/** "The European Union leaders and ...": a sentence opening with a collective, up to its head. */
const OPENING = new RegExp(String.raw`^\W*((?:[\p{L}\d.'’-]+\s+){0,4}?${HEADS})\b`, 'iu');
/** Subjects that stand for a noun of another clause: the clause's parties are that clause's. */
const RELATIVE = /^(?:which|that|who|whom)$/i;

/** The subject of the trigger's clause, or of the clause a relative one depends on. */
function subjectOf(site: Site): Argument | null {
  const { sentence } = site;
  let clause = site.clause;
  let subject: Argument | null = clause.subject;
  while ((subject === null || (subject.end - subject.start === 1 && RELATIVE.test(sentence.tokens[subject.start]!.text))) && clause.parent !== null) {
    clause = sentence.clauses[clause.parent]!;
    subject = clause.subject;
  }
  return subject;
}

const party = (m: EntityMention): CandidateParticipant => ({ entity: m.id, kind: m.kind, role: 'participant', name: m.name });

/** The body a phrase names: the last organisation mention inside it. */
function bodyIn(span: { start: number; end: number }, entities: readonly EntityMention[]): EntityMention | undefined {
  return entities.filter((m) => m.kind === 'ORGANIZATION' && m.start >= span.start && m.end <= span.end).pop();
}

/** The body of the last "<body> <head>" or "<head> of <body>" phrase between from and to. */
function antecedentBody(text: string, head: string, from: number, to: number, entities: readonly EntityMention[]): EntityMention | undefined {
  const noun = head.toLowerCase().replace(/\s+/g, ' ');
  const named = (m: EntityMention) =>
    m.kind === 'ORGANIZATION' &&
    m.start >= from &&
    m.end <= to &&
    (text.slice(m.end, m.end + noun.length + 2).toLowerCase().replace(/\s+/g, ' ').trim().startsWith(noun) ||
      new RegExp(String.raw`\b${noun.replace(/ /g, String.raw`\s+`)}\s+of\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}$`, 'iu').test(text.slice(Math.max(from, m.start - 60), m.start)));
  return entities.filter(named).pop();
}

/**
 * The body of the collective a phrase is, or of the phrase it points back to; 'none' when it is a collective
 * that names no body this rule can tell ("world leaders", "Gulf leaders", an anaphor with no antecedent);
 * null when it is no collective.
 */
function bodyOfPhrase(text: string, span: { start: number; end: number }, sentence: { start: number }, entities: readonly EntityMention[]): EntityMention | 'none' | null {
  const words = text.slice(span.start, span.end).replace(/^["“‘]\s*/, '').replace(/\s+/g, ' ');
  if (!COLLECTIVE.test(words)) return null;
  const body = bodyIn(span, entities);
  if (body) return body;
  const anaphor = ANAPHOR.exec(words);
  if (!anaphor) return 'none';
  const from = previousSentenceStart(text, previousSentenceStart(text, sentence.start));
  return antecedentBody(text, anaphor[1]!, from, span.start, entities) ?? 'none';
}

export function collectiveParties(text: string, site: Site, trigger: Span, entities: readonly EntityMention[]): CandidateParticipant[] | null {
  const sentence = { start: site.sentence.start, end: site.sentence.end };
  const owner = POSSESSOR.exec(text.slice(sentence.start, trigger.start));
  const subject = site.role === 'subject' ? null : subjectOf(site);
  const span = owner ? { start: sentence.start + owner.index, end: sentence.start + owner.index + owner[1]!.length } : subject ? charSpan(site.sentence, subject) : null;
  const body = span ? bodyOfPhrase(text, span, sentence, entities) : null;
  if (body === 'none') return null;
  if (body) return [party(body)];
  // A subject that names someone is the clause's party, not the collective of the sentence before.
  if (span && entities.some((m) => m.start >= span.start && m.end <= span.end)) return null;
  const from = previousSentenceStart(text, sentence.start);
  const opening = OPENING.exec(text.slice(from, sentence.start));
  const lead = opening ? bodyIn({ start: from + opening.index, end: from + opening.index + opening[0].length }, entities) : undefined;
  return lead ? [party(lead)] : null;
}
