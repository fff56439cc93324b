// events() candidates for DURING with $from and no participant, place, source or kinds filter:
// events beginning on or after $from, through the event_earliest index (followed by events/filter.cypher).
MATCH (e:Event)
WHERE e.earliest >= $from
