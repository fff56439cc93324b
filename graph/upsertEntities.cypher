// Upserts entities, replacing every property and, when the kind changed (or the entity is new),
// the kind label: an entity whose kind changed moves from one label to the other.
// $rows: [{id, kind, props}].
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
WITH n, row
WHERE NOT ((row.kind = 'PERSON' AND n:Person) OR (row.kind = 'COUNTRY' AND n:Country)
        OR (row.kind = 'ORGANIZATION' AND n:Organization) OR (row.kind = 'PLACE' AND n:Place))
REMOVE n:Person:Country:Organization:Place
FOREACH (_ IN CASE WHEN row.kind = 'PERSON' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.kind = 'COUNTRY' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN row.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'PLACE' THEN [1] ELSE [] END | SET n:Place)
