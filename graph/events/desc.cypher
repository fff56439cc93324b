// Orders the filtered events by earliest day descending then id descending, undated (no earliest)
// still last. One page: items $offset..$offset+$first (a top-k sort), with the total count.
WITH collect(e) AS matched
CALL (matched) {
  UNWIND matched AS e
  WITH e
  ORDER BY e.earliest IS NULL, e.earliest DESC, e.id DESC
  SKIP $offset
  LIMIT $first
  RETURN collect(properties(e)) AS items
}
RETURN size(matched) AS totalCount, items
