// The clause layer's shape (DESIGN.md, Mentions and events): per sentence, tokens with part of
// speech, chunks (noun, verb, prepositional groups) and clauses, each clause with its verb group,
// tense, modality, negation, subject, objects and prepositional arguments. Spans are token
// indexes into the sentence (end exclusive), as spaCy's Span; character offsets are on the tokens.
import type { Token } from '../nlp/token.js';

export type ChunkType = 'NP' | 'VP' | 'PP' | 'ADVP' | 'ADJP' | 'SBAR' | 'PRT' | 'CONJP' | 'INTJ' | 'LST' | 'UCP';

export interface Chunk {
  type: ChunkType;
  start: number;
  end: number;
}

export type Tense = 'past' | 'present' | 'future' | 'none';
/** realis: told as fact; modal: may/could/should/must; conditional: would; infinitive: "to meet"; participle: "meeting ...". */
export type Mood = 'realis' | 'modal' | 'conditional' | 'infinitive' | 'participle';
/**
 * main: a sentence's own clause; complement: what a verb says or wants ("said (that) ...", "agreed to ...");
 * relative: about a noun ("who met", "which began"); adverbial: when, why, if ("after ...", "since ...",
 * "because ...", "if ..."); purpose: "(in order) to ..." after a complete clause.
 */
export type ClauseKind = 'main' | 'complement' | 'relative' | 'adverbial' | 'purpose';

export interface VerbGroup {
  /** The verb chunk's token range (several adjacent verb chunks are one group). */
  start: number;
  end: number;
  /** Index of the main (last lexical) verb. */
  head: number;
  /** Lemma of the head ("met" -> "meet", "were to travel" -> "travel"). */
  lemma: string;
  /** Lemmas of the verbs before the head that govern it: "agreed to meet" -> ["agree"]. */
  governors: string[];
  /** A particle that completes the verb ("called off" -> "off", "pushed back" -> "back"), lower-cased. */
  particle: string | null;
  tense: Tense;
  mood: Mood;
  perfect: boolean;
  /** "are holding", "have been exchanging": under way. */
  progressive: boolean;
  passive: boolean;
  negated: boolean;
}

export interface Argument {
  /** The preposition, lower-cased ("with", "on", "in"); null for a subject or object. */
  prep: string | null;
  /** The noun phrase's token range. */
  start: number;
  end: number;
}

export interface Clause {
  kind: ClauseKind;
  /** Token range of the whole clause. */
  start: number;
  end: number;
  /** The word that opens it ("that", "who", "after", "to", "if"), lower-cased; null when none. */
  marker: string | null;
  verb: VerbGroup | null;
  subject: Argument | null;
  /** The subject is the governing clause's (coordination, control, a relative pronoun's antecedent). */
  subjectShared: boolean;
  objects: Argument[];
  preps: Argument[];
  /** Index of the clause this one depends on; null for a main clause. */
  parent: number | null;
  /** Inside quotation marks. */
  quoted: boolean;
  /** "Trump, who met Kim, said ...": the clause this one completes after an interruption ("said" completes "Trump"). */
  completes: number | null;
}

export interface SentenceClauses {
  /** Character span of the sentence in the article text. */
  start: number;
  end: number;
  tokens: Token[];
  pos: string[];
  chunks: Chunk[];
  clauses: Clause[];
  /** clauseOf[i]: the clause token i belongs to (its innermost). */
  clauseOf: number[];
}
