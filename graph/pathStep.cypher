// GraphStore.path, one hop of the walk from $current towards $to: the smallest event id, then the
// smallest entity id, such that ($current)-(event)-(entity) is followed by a shortest path of
// $rest relationships to $to (0: the entity is $to). No row when none.
MATCH (c:Entity {id: $current})-[:ATTENDED|SENT|IMPOSED|TO|TARGETS|HELD_IN]-(ev:Event)-[:ATTENDED|SENT|IMPOSED|TO|TARGETS|HELD_IN]-(n:Entity)
WHERE n <> c
WITH DISTINCT ev, n
CALL (n) {
  WITH n
  WHERE n.id = $to
  RETURN 0 AS rest
  UNION
  WITH n
  WHERE n.id <> $to
  MATCH (t:Entity {id: $to})
  MATCH p = shortestPath((n)-[:ATTENDED|SENT|IMPOSED|TO|TARGETS|HELD_IN*..20]-(t))
  RETURN length(p) AS rest
}
WITH ev, n, rest
WHERE rest = $rest
RETURN ev.id AS event, n.id AS entity
ORDER BY event, entity
LIMIT 1
