// (letter)-[:TO]->(recipient): edges of edgesOf() (src/store/edgesOf.ts), keyed by their deterministic key.
// $rows: [{from, to, key, props}] (props holds key).
UNWIND $rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:TO {key: row.key}]->(b)
SET r = row.props
