// Orders the filtered events by earliest day then id, undated (no earliest) last. One page: items
// $offset..$offset+$first (a top-k sort, not a sort of every match), with the total count.
WITH collect(e) AS matched
CALL (matched) {
  UNWIND matched AS e
  WITH e
  ORDER BY e.earliest, e.id
  SKIP $offset
  LIMIT $first
  RETURN collect(properties(e)) AS items
}
RETURN size(matched) AS totalCount, items
