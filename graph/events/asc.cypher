// Orders the filtered events by earliest day then id, undated (no earliest) last. One page: items
// $offset..$offset+$first, with the total count.
WITH e
ORDER BY e.earliest, e.id
WITH collect(e) AS matched
RETURN size(matched) AS totalCount,
       [e IN matched[$offset..($offset + $first)] | properties(e)] AS items
