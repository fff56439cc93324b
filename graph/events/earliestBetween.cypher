// events() candidates for DURING with $from and $to and no participant, place, source or kinds
// filter: events beginning within [$from, $to], through the event_earliest index (followed by events/filter.cypher).
MATCH (e:Event)
WHERE $from <= e.earliest <= $to
