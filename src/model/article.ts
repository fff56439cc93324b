// An article as the read stage hands it on: cleaned text, optional title/url, publication date.
import type { EventMention } from './fact.js';
import type { TimeSpan } from './timeSpan.js';

/** Where the publication date came from; "inferred" when resolve deduced it from content. */
export type DateSource = 'header' | 'dateline' | 'url' | 'metadata' | 'given' | 'inferred' | 'none';

export interface Article {
  /** Deterministic: "article:" + the first 16 hex digits of the SHA-256 of the cleaned text. */
  id: string;
  /** Where it was read from (file path, or path#line for JSONL records). */
  source: string;
  url?: string;
  title?: string;
  /** Byline author, removed from the text so it never becomes a participant. */
  author?: string;
  /** People named in the photo credits of its captions, removed from the text like the byline. */
  photographers?: string[];
  /** Cleaned text; every span offset indexes into it. */
  text: string;
  publishedAt: TimeSpan | null;
  dateSource: DateSource;
  /** Event mentions its text does not anchor (DESIGN.md, Mentions and events), set by resolve; absent when none. */
  mentions?: EventMention[];
}

/** An input that could not be read, with the reason; collected, never thrown. */
export interface Skipped {
  source: string;
  reason: string;
}
