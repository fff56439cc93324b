// events() candidates for a kinds filter without a participant, place or source filter, through
// the event_kind index (followed by events/filter.cypher).
MATCH (e:Event)
WHERE e.kind IN $kinds
