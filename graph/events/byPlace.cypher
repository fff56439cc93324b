// events() candidates for a place filter, through the event_place index (followed by events/filter.cypher).
MATCH (e:Event)
WHERE e.place = $place
