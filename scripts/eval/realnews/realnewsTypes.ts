// The shapes of the real-news development corpus (tests/realnews/README.md): manifest rows, answer
// keys with their events and questions, and the view of the graph the scorer reads through the API.
import type { EventKind, EventStatus } from '../../../src/model/index.js';

export interface ManifestRow {
  id: string;
  url: string;
  story: string;
  /** The day the page itself states (URL, date line, dateline); null when it states none. */
  statedDate: string | null;
}

export const KEY_ROLES = ['participant', 'visitor', 'host', 'sender', 'recipient', 'imposer', 'target'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

export interface KeyParticipant {
  name: string;
  aliases: string[];
  role: KeyRole;
}

export interface KeyEvent {
  id: string;
  kind: EventKind;
  title: string;
  participants: KeyParticipant[];
  /** Names that are not wrong as participants though not required (the leaders' countries). */
  accept: string[];
  place: string | null;
  earliest: string;
  latest: string;
  status: EventStatus;
  optional: boolean;
  /** "call" for a phone or video call. */
  mode: string | null;
  /** impose, ease, lift, extend (sanctions). */
  action: string | null;
  articles: string[];
}

export type KeyQuestion =
  | { id: string; ask: string; type: 'encounters'; person: string; from?: string; to?: string; after?: string; before?: string; answer: string[] }
  | { id: string; ask: string; type: 'meetings'; person: string; with: string; answer: DayAnswer[] }
  | { id: string; ask: string; type: 'sanctions'; imposer: string; target: string; action?: string; answer: DayAnswer[] }
  | { id: string; ask: string; type: 'letters'; sender: string; recipient: string; answer: DayAnswer[] }
  | { id: string; ask: string; type: 'status'; event: string; answer: EventStatus };

/** A day ("2015-02-12") or a span of days, inclusive. */
export interface DayAnswer {
  earliest: string;
  latest: string;
}

export interface StoryKey {
  story: string;
  title: string;
  /** Manifest id -> the real publication day (null when it cannot be fixed to the day). */
  articleDates: Map<string, string | null>;
  events: KeyEvent[];
  questions: KeyQuestion[];
}

/** An entity as the API serves it. */
export interface ViewEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

/** An event as the API serves it, with what scoring needs. */
export interface ViewEvent {
  id: string;
  kind: EventKind;
  title: string;
  earliest: string | null;
  latest: string | null;
  status: EventStatus;
  participants: { role: string; entity: ViewEntity }[];
  place: ViewEntity | null;
  /** Article ids of its sources. */
  sources: string[];
  /** Sanction.action (IMPOSED, EASED, MAINTAINED...), null for other kinds or when unsaid. */
  action: string | null;
  /** The first supporting quote, for reports. */
  quote: string;
}

export interface ViewArticle {
  id: string;
  /** The manifest id it was ingested from. */
  manifestId: string;
  earliest: string | null;
  latest: string | null;
  dateSource: string;
}
