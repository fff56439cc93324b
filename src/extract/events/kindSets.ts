// Kinds the event rules read as one group: the gatherings (people coming together: summits,
// meetings, talks), the meetings among them (a summit and a meeting may be told of one event) and the actors that take part in events (people, countries, organisations;
// places only locate them).
// Example: GATHERINGS.has('TALKS') -> true; ACTORS.has('PLACE') -> false
export const GATHERINGS: ReadonlySet<string> = new Set(['SUMMIT', 'MEETING', 'TALKS']);
export const MEETINGS: ReadonlySet<string> = new Set(['SUMMIT', 'MEETING']);
export const ACTORS: ReadonlySet<string> = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION']);
/** Verbs of going that put their subject into a gathering: "went into a meeting with X", "headed into talks". */
export const INTO_GATHERING: ReadonlySet<string> = new Set(['go', 'head', 'walk', 'enter', 'rush', 'step']);
