// events() candidates for OVERLAPS (or DURING without $from) with $to and no participant, place, source or kinds filter:
// events beginning on or before $to, through the event_earliest index (followed by events/filter.cypher).
MATCH (e:Event)
WHERE e.earliest <= $to
