// events() without a participant, place or source filter: every event is a candidate
// (followed by events/filter.cypher).
MATCH (e:Event)
