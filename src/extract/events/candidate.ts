// An event as assemble first sees it: one trigger with its roles, before within-article merging.
import type { EventKind, EventStatus, Span, TimeSpan } from '../../model/index.js';

export interface CandidateParticipant {
  entity: string;
  kind: string;
  role: string;
  name: string;
}

/**
 * What makes a mention an event (DESIGN.md, Mentions and events): a date of month precision or
 * finer from its own clause, a place, an ordinal in a named series, a named pair told in past realis.
 */
export type Anchor = 'date' | 'place' | 'ordinal' | 'pair';

export interface Candidate {
  kind: EventKind;
  status: EventStatus;
  cued: boolean;
  participants: CandidateParticipant[];
  place: string | null;
  when: TimeSpan | null;
  ordinal: number | null;
  /** "met three times": how many events the one mention stands for (null: one). */
  count: number | null;
  /** "another", "new", "next": the one after the last that happened. */
  following: boolean;
  description: string | null;
  /** A sanction's kind of measure (measureOf), when its trigger names one. */
  measure?: string;
  /** "in August, Trump called off the trip": the month (or wider) of a calling off, the event's date only if nothing else dates it. */
  calledOffIn?: TimeSpan;
  /** A phone or video call: a meeting at a distance, never a summit. */
  call?: boolean;
  /** "Moon convened an emergency meeting": held by one side, its convener. */
  solo?: boolean;
  /** "Kerry and ministers of five other powers joined the talks": one named side joined a gathering of others; dated or placed, it is one. */
  joinedAlone?: boolean;
  /** "It was the third meeting between ...": a copula with a pronoun subject describes the event just told. */
  copula?: boolean;
  /** Told by a definite noun group ("the Hanoi summit"): with no parties of its own, it is the article's story's (salientParties). */
  definite?: boolean;
  /** Character span of the trigger's noun group with a prepositional phrase right after it ("the summit in Hanoi"). */
  nounGroup?: [number, number];
  /** Its place is named inside that noun group ("the Hanoi summit", "the summit in Hanoi"), not by the clause's predicate. */
  placeNamed?: boolean;
  /** "met Xi on the sidelines of the G20 summit": the gathering that hosts another event, told in passing (a mention, never the event told). */
  aside?: boolean;
  /** "Ahead of the Gulf summit, Saudi Arabia reopened its borders on Monday": a gathering still to come that times the clause's act; the clause's date and parties are not its. */
  landmark?: boolean;
  /** "EU leaders met at a summit": its parties are the body a collective names (collectiveParties); these, the ones its clause gave, come back unless its own clause dates it. */
  clauseParties?: CandidateParticipant[];
  /** "the two leaders met": who they are if no earlier event of the article is meant. */
  antecedents?: CandidateParticipant[];
  triggers: Span[];
  sentences: number[];
  by: string;
  /** "sentence:clause" of its first trigger in the clause layer. */
  clause?: string;
  /** The anchors its own clause gives it; none: a mention, not an event. */
  anchors: Anchor[];
}
