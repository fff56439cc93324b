// Events matching every given filter (GraphStore.events, EventQuery), after one of the candidate
// statements of events/ bound e (each event once); followed by events/asc.cypher or events/desc.cypher. A null
// parameter is a filter not given; a list matches any of its members, an empty list nothing.
// With $from or $to, the interval [earliest, latest] (a missing latest is open-ended) must stand in
// $relation to the window: OVERLAPS, DURING (inside it), BEFORE (latest < $from), AFTER
// (earliest > $to); undated events and an empty window ($from after $to) never match.
WITH e
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($status IS NULL OR e.status IN $status)
  AND ($participants IS NULL OR any(p IN e.participantIds WHERE p IN $participants))
  AND (NOT $hasPlace OR e.place = $place OR (e.place IS NULL AND $place IS NULL))
  AND ($source IS NULL OR $source IN e.sources)
  AND (($from IS NULL AND $to IS NULL) OR (
        e.earliest IS NOT NULL
        AND ($from IS NULL OR $to IS NULL OR $from <= $to)
        AND CASE $relation
          WHEN 'DURING' THEN ($from IS NULL OR $from <= e.earliest) AND ($to IS NULL OR (e.earliest <= $to AND e.latest IS NOT NULL AND e.latest <= $to))
          WHEN 'BEFORE' THEN $from IS NOT NULL AND e.latest IS NOT NULL AND e.latest < $from
          WHEN 'AFTER' THEN $to IS NOT NULL AND e.earliest > $to
          ELSE ($to IS NULL OR e.earliest <= $to) AND ($from IS NULL OR e.latest IS NULL OR e.latest >= $from)
        END))
