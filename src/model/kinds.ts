// The ontology's closed vocabularies: entity kinds, event kinds, statuses and edge types,
// with the CAMEO code each event kind maps to (so analysts can join with GDELT-style data).

export const ENTITY_KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EVENT_KINDS = ['SUMMIT', 'MEETING', 'TALKS', 'LETTER', 'SANCTION', 'VISIT', 'WEAPONS_TEST', 'STATEMENT'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['PLANNED', 'OCCURRED', 'CANCELLED', 'POSTPONED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * How the parties of a meeting met: IN_PERSON, or at a distance by PHONE or VIDEO (a video
 * conference, a "virtual summit"). Only meetings, summits, talks and visits have one.
 */
export const EVENT_MEDIA = ['IN_PERSON', 'PHONE', 'VIDEO'] as const;
export type EventMedium = (typeof EVENT_MEDIA)[number];

/** Relationship types of the graph model (DESIGN.md, Graph model). */
export const EDGE_TYPES = ['ATTENDED', 'SENT', 'TO', 'IMPOSED', 'TARGETS', 'HELD_IN', 'MET', 'SUPPORTS', 'HOLDS', 'VISITED', 'HOSTED'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** CAMEO event codes by event kind (036 intent to meet, 040 consult, 042 visit, 046 negotiate, 163 impose sanctions...). */
export const CAMEO_BY_KIND: Record<EventKind, string> = {
  SUMMIT: '044',
  MEETING: '040',
  TALKS: '046',
  LETTER: '040',
  SANCTION: '163',
  VISIT: '042',
  WEAPONS_TEST: '190',
  STATEMENT: '010',
};
