// Articles by publication day (earliest) then id, undated last. One page: items
// $offset..$offset+$first, with the total count.
MATCH (a:Article)
WITH a
ORDER BY a.earliest, a.id
WITH collect(a) AS matched
RETURN size(matched) AS totalCount,
       [a IN matched[$offset..($offset + $first)] | properties(a)] AS items
