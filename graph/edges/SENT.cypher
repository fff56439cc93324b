// (sender)-[:SENT]->(letter): edges of edgesOf() (src/store/edgesOf.ts), keyed by their deterministic key.
// $rows: [{from, to, key, props}] (props holds key).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:SENT {key: row.key}]->(b)
SET r = row.props
