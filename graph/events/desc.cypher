// Orders the filtered events by earliest day descending then id descending, undated (no earliest)
// still last. One page: items $offset..$offset+$first, with the total count.
WITH e
ORDER BY e.earliest IS NULL, e.earliest DESC, e.id DESC
WITH collect(e) AS matched
RETURN size(matched) AS totalCount,
       [e IN matched[$offset..($offset + $first)] | properties(e)] AS items
