// GraphStore.path, second step (after pathLength.cypher found one within reach): among all
// shortest paths between the entities $from and $to over participant and place relationships,
// the one whose id sequence (entity, event, entity, ...) is smallest (lists order element by
// element, strings by code unit), as the memory store picks it.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:ATTENDED|SENT|IMPOSED|TO|TARGETS|HELD_IN*..20]-(b))
WITH [n IN nodes(p) | n.id] AS ids
ORDER BY ids
LIMIT 1
RETURN ids
