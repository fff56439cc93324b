// GraphStore.path, first step: the length in relationships of a shortest path between the
// entities $from and $to (distinct) over participant and place relationships, at most 20
// (MAX_PATH_HOPS hops of two relationships). No row when none.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:ATTENDED|SENT|IMPOSED|TO|TARGETS|HELD_IN*..20]-(b))
RETURN length(p) AS length
