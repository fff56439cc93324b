// The gold format (tests/gold/README.md) and the predicted shapes the scorer compares it with.
// Gold is an analyst's reading of one article; predictions are what the product extracted from the
// same article, flattened to the same shapes. Offsets index into the cleaned text (Article.text).
import type { EntityKind, EventKind, EventStatus } from '../../src/model/index.js';

export interface GoldPublished {
  value: string;
  earliest: string;
  latest: string;
}

export interface GoldEntity {
  text: string;
  /** Offset in the cleaned article text; without it, mentions are matched by equal text. */
  start?: number;
  kind: EntityKind;
  id: string;
}

export interface GoldTime {
  text: string;
  start?: number;
  value: string;
  earliest: string | null;
  latest: string | null;
  granularity: string;
}

export interface GoldEvent {
  kind: EventKind;
  participants: string[];
  status: EventStatus;
  /** Inclusive day bounds the text supports; an absent bound is open. */
  earliest?: string;
  latest?: string;
  place?: string;
  /** "met three times": up to this many predicted events may match it (one counts as the hit). */
  count?: number;
  note?: string;
  /** The article mentions this event but anchors it nowhere (tests/gold/README.md, "Mentions"):
   *  scored against the product's event mentions, not its events. */
  mention?: boolean;
  /** Why the event is (not) anchored, for the annotator's reader. */
  why?: string;
}

export interface GoldArticle {
  /** File name under the articles folder. */
  article: string;
  publishedAt: GoldPublished | null;
  /** For undated articles: the real publication day, against which the gold times were resolved. */
  trueDate?: string;
  note?: string;
  entities: GoldEntity[];
  times: GoldTime[];
  events: GoldEvent[];
}

export interface PredictedEntity {
  text: string;
  start: number;
  end: number;
  kind: EntityKind;
  id: string;
  by: string;
}

export interface PredictedTime {
  text: string;
  start: number;
  end: number;
  value: string;
  earliest: string | null;
  latest: string | null;
  granularity: string;
  by: string;
}

export interface PredictedEvent {
  kind: EventKind;
  participants: string[];
  status: EventStatus;
  earliest: string | null;
  latest: string | null;
  place: string | null;
  title: string;
  extractor: string;
}

/** An event trigger the product did not assert as an event (ArticleExtraction.eventMentions). */
export interface PredictedMention extends Omit<PredictedEvent, 'title' | 'extractor'> {
  trigger: { start: number; end: number; text: string };
}

export interface PredictedArticle {
  source: string;
  publishedAt: { value: string; earliest: string | null; latest: string | null } | null;
  dateSource: string;
  entities: PredictedEntity[];
  times: PredictedTime[];
  events: PredictedEvent[];
  eventMentions: PredictedMention[];
  /** Set when extraction failed for this article (everything then counts as missed). */
  error?: string;
}
