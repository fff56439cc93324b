// Facts: what assemble and resolve make of mentions, and what the stores hold.
import type { EntityKind, EventKind, EventStatus } from './kinds.js';
import type { TimeSpan } from './timeSpan.js';

/** Where a fact came from: article, sentence index, character span in the cleaned text, quote. */
export interface Evidence {
  article: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

/** A role held over time: (Person)-[:HOLDS {title, from, to}]->(Country|Organization). */
export interface Holding {
  person: string;
  title: string;
  of: string;
  from: string | null;
  to: string | null;
}

export interface Participant {
  entity: string;
  /** "participant", "host", "sender", "recipient", "imposer", "target", "visitor". */
  role: string;
  evidence: Evidence[];
}

export interface StatusChange {
  status: EventStatus;
  evidence: Evidence;
}

export interface EventFact {
  id: string;
  kind: EventKind;
  title: string;
  when: TimeSpan | null;
  status: EventStatus;
  statusHistory: StatusChange[];
  participants: Participant[];
  /** Place entity id. */
  place: string | null;
  /** "second summit" gives 2. */
  ordinal: number | null;
  /** How many times the text says it happened ("met Kim three times last year" gives 3); absent for one event. */
  count?: number;
  /** A call: the parties met at a distance, by PHONE or VIDEO; absent when they met in person (or the event is no meeting). */
  medium?: 'PHONE' | 'VIDEO';
  /** How the text described it ("beautiful" letter; "impose" for a sanction). */
  description: string | null;
  /** A sanction's kind of measure when its words name one ('entry bans', 'arms sales': measureOf); absent otherwise. */
  measure?: string;
  evidence: Evidence[];
  /** Article ids. */
  sources: string[];
  confidence: number;
  /** Extractor (and version) that made it, e.g. "events/summit@1". */
  extractor: string;
}

/**
 * A mention of an event that the text does not anchor (no date of its own clause, no place, no
 * ordinal in a series, no named pair told as past fact): "ahead of the summit", "their first
 * meeting since", "Kim remains committed to a summit with Trump". Kept as evidence on its
 * article; `event` is the event it refers to when resolve can tell which one (else null).
 */
export interface EventMention {
  kind: EventKind;
  status: EventStatus;
  participants: { entity: string; role: string }[];
  place: string | null;
  when: TimeSpan | null;
  /** The trigger words and their character span in the article text. */
  trigger: { start: number; end: number; text: string };
  /** The sentence that holds it. */
  evidence: Evidence;
  event: string | null;
}
