// Scores one story's events: (its key, the graph's events its articles support) -> StoryScore.
// Key events are found with the right day (one day of slack), loosely (undated or a wider
// interval that holds the day), with a wrong day, or missed; graph events no key event takes are
// spurious (dated and undated apart; those an analyst would meet in encounters answers counted
// too); extra graph events taken by one key event are duplicates. Participants and roles, status,
// place are checked on each found event; letters and sanctions get an F1 of their own that needs
// the right day and the right roles.
// Example: scoreStory(key, events).events.day -> { tp: 7, fp: 5, fn: 3 }
import { addCounts, type Counts } from '../prf.js';
import { checkParticipants, type ParticipantCheck } from './checkParticipants.js';
import { assignEvents, type EventMatch, KIND_GROUP } from './matchEvents.js';
import type { KeyEvent, StoryKey, ViewEvent } from './realnewsTypes.js';

export interface StoryScore {
  story: string;
  keyed: number;
  /** Right-day F1 counts, and loose ones (any match counts as found). */
  day: Counts;
  loose: Counts;
  found: { rightDay: EventMatch[]; loose: EventMatch[]; wrongDay: EventMatch[] };
  missed: KeyEvent[];
  duplicates: EventMatch[];
  spurious: { dated: ViewEvent[]; undated: ViewEvent[]; inEncounters: ViewEvent[] };
  /** Statements the articles gave: not keyed, only counted. */
  statements: number;
  roles: { right: number; of: number; wrong: { match: EventMatch; check: ParticipantCheck }[] };
  status: { right: number; of: number; wrong: EventMatch[] };
  places: { right: number; of: number };
  lettersSanctions: Counts;
}

const isLetterOrSanction = (kind: string) => kind === 'LETTER' || kind === 'SANCTION';

/** A spurious event an analyst would see among encounters: a meeting of two or more people, not called off. */
function inEncounters(e: ViewEvent): boolean {
  return KIND_GROUP[e.kind] === 'encounter' && e.status !== 'CANCELLED' && e.participants.filter((p) => p.entity.kind === 'PERSON').length >= 2;
}

export function scoreStory(key: StoryKey, events: readonly ViewEvent[]): StoryScore {
  const a = assignEvents(key.events, events);
  const keyed = key.events.filter((k) => !k.optional);
  const primaries = [...a.primary.values()];
  const found = {
    rightDay: primaries.filter((m) => m.rightDay),
    loose: primaries.filter((m) => !m.rightDay && m.dateCompatible),
    wrongDay: primaries.filter((m) => !m.dateCompatible),
  };
  const considered = events.filter((e) => KIND_GROUP[e.kind] !== 'statement').length - a.optional.length;
  const counts = (tp: number): Counts => ({ tp, fp: considered - tp, fn: keyed.length - tp });
  const checks = primaries.map((match) => ({ match, check: checkParticipants(match.key, match.event) }));
  const lsRight = checks.filter(({ match, check }) => isLetterOrSanction(match.key.kind) && match.rightDay && check.right).length;
  const lsGraph = events.filter((e) => isLetterOrSanction(e.kind)).length - a.optional.filter((m) => isLetterOrSanction(m.event.kind)).length;
  const withPlace = primaries.filter((m) => m.key.place !== null);
  return {
    story: key.story,
    keyed: keyed.length,
    day: counts(found.rightDay.length),
    loose: counts(primaries.length),
    found,
    missed: keyed.filter((k) => !a.primary.has(k.id)),
    duplicates: a.duplicates,
    spurious: {
      dated: a.spurious.filter((e) => e.earliest !== null),
      undated: a.spurious.filter((e) => e.earliest === null),
      inEncounters: a.spurious.filter(inEncounters),
    },
    statements: events.length - events.filter((e) => KIND_GROUP[e.kind] !== 'statement').length,
    roles: { right: checks.filter((c) => c.check.right).length, of: checks.length, wrong: checks.filter((c) => !c.check.right) },
    status: { right: primaries.filter((m) => m.event.status === m.key.status).length, of: primaries.length, wrong: primaries.filter((m) => m.event.status !== m.key.status) },
    places: { right: withPlace.filter((m) => m.placeRight).length, of: withPlace.length },
    lettersSanctions: { tp: lsRight, fp: lsGraph - lsRight, fn: keyed.filter((k) => isLetterOrSanction(k.kind)).length - lsRight },
  };
}

/** The sum of several stories' counts, for the overall line. */
export function totalCounts(scores: readonly StoryScore[], pick: (s: StoryScore) => Counts): Counts {
  return addCounts(...scores.map(pick));
}
