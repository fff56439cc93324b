// The entities of $ids (distinct), in the order asked; unknown ids left out.
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
RETURN n {.id, .kind, .name, .aliases} AS entity
ORDER BY i
