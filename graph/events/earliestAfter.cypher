// events() candidates for AFTER with $to and no participant, place, source or kinds filter:
// events beginning after $to, through the event_earliest index (followed by events/filter.cypher).
MATCH (e:Event)
WHERE e.earliest > $to
