// Mentions: what the extract stage finds in one article, each with its character span in
// article.text and the name of the extractor or refiner that made it.
import type { EntityKind, EventKind, EventStatus } from './kinds.js';
import type { TimeSpan, TimexType } from './timeSpan.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface EntityMention extends Span {
  kind: EntityKind;
  /** Deterministic entity id, e.g. "person:kim-jong-un". */
  id: string;
  /** Canonical name of the entity ("Kim Jong Un"). */
  name: string;
  /** Title or role written with the mention ("South Korean President"). */
  title?: string;
  /** Extractor or refiner that produced it. */
  by: string;
}

/** "the following day": n units (or the next such weekday) from the time it is counted from. */
export interface TimeAnaphor {
  n: number;
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
  /** "the following Monday": 0 Sunday ... 6 Saturday. */
  weekday?: number;
}

export interface TimeMention extends Span {
  /** Every time mention records its TIMEX3 type. */
  span: TimeSpan & { type: TimexType };
  /** The whole range this mention opens ("Sunday" of "from Sunday to Wednesday": Sunday..Wednesday);
   *  each end is a mention of its own (TimeML), the range dates an event. */
  range?: TimeSpan;
  /** "publication" when resolved against the article date, "event" when anchored to an event. */
  anchor: 'publication' | 'event' | 'absolute';
  /** For an anchor 'event': how it is counted, so that event dating can count it from the event just mentioned. */
  anaphor?: TimeAnaphor;
  by: string;
}

export interface TriggerMention extends Span {
  kind: EventKind;
  /** Status implied by the words around the trigger (modality, tense). */
  status: EventStatus;
  /** True when words said the status; false when it is only the past-narration default. */
  cued: boolean;
  by: string;
}

export interface Mentions {
  entities: EntityMention[];
  times: TimeMention[];
  triggers: TriggerMention[];
}
