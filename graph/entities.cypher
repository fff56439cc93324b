// Entities by id (GraphStore.entities): of kind $kind (null: any) whose name or an alias contains
// $search as nameKey() ('' matches all; nameKeys[1..] are the keys of the name and the aliases).
// One page: items $offset..$offset+$first, with the total count of matches.
MATCH (n:Entity)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($search = '' OR any(k IN n.nameKeys[1..] WHERE k CONTAINS $search))
WITH n
ORDER BY n.id
WITH collect(n) AS matched
RETURN size(matched) AS totalCount,
       [n IN matched[$offset..($offset + $first)] | n {.id, .kind, .name, .aliases}] AS items
