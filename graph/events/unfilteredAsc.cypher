// events() without any filter, ascending: the dated part of the page read off the event_earliest
// index in order (ties by id), then the undated events by id; counts from the store's counts.
CALL () {
  MATCH (e:Event)
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Event)
  WHERE e.earliest IS NOT NULL
  WITH e
  ORDER BY e.earliest, e.id
  SKIP $offset
  LIMIT $first
  RETURN collect(properties(e)) AS datedItems
}
// Undated events only when the dated ones do not fill the page.
OPTIONAL CALL (datedItems) {
  WITH datedItems
  WHERE size(datedItems) < $first
  CALL () {
    MATCH (e:Event)
    WHERE e.earliest IS NOT NULL
    RETURN count(e) AS dated
  }
  MATCH (e:Event)
  WHERE e.earliest IS NULL
  WITH datedItems, dated, e
  ORDER BY e.id
  WITH datedItems, dated, collect(e) AS undated
  WITH datedItems, undated, CASE WHEN $offset > dated THEN $offset - dated ELSE 0 END AS start
  RETURN [e IN undated[start..(start + $first - size(datedItems))] | properties(e)] AS undatedItems
}
RETURN totalCount, datedItems + coalesce(undatedItems, []) AS items
