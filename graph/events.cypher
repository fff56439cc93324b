// Events matching every given filter (GraphStore.events, EventQuery), ordered by earliest day
// then id, undated (no earliest) last. A null parameter is a filter not given; a list matches any
// of its members, an empty list nothing. The window [$from, $to] matches events whose interval
// [earliest, latest] overlaps it (a missing latest is open-ended, undated events never match, an
// empty window matches nothing). One page: items $offset..$offset+$first, with the total count.
MATCH (e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($status IS NULL OR e.status IN $status)
  AND ($participants IS NULL OR any(p IN e.participantIds WHERE p IN $participants))
  AND (NOT $hasPlace OR e.place = $place OR (e.place IS NULL AND $place IS NULL))
  AND ($source IS NULL OR $source IN e.sources)
  AND (($from IS NULL AND $to IS NULL) OR (
        e.earliest IS NOT NULL
        AND ($from IS NULL OR $to IS NULL OR $from <= $to)
        AND ($to IS NULL OR e.earliest <= $to)
        AND ($from IS NULL OR e.latest IS NULL OR e.latest >= $from)))
WITH e
ORDER BY e.earliest, e.id
WITH collect(e) AS matched
RETURN size(matched) AS totalCount,
       [e IN matched[$offset..($offset + $first)] | properties(e)] AS items
