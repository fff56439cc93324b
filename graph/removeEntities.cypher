// Removes entities with their relationships (HOLDS; write() refuses the change when an event still
// refers to one, entityReferences.cypher). $rows: entity ids; unknown ids are ignored.
UNWIND $rows AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
