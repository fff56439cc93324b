// (article)-[:SUPPORTS {sentence, start, end, quote}]->(event): edges of edgesOf() (src/store/edgesOf.ts), keyed by their deterministic key.
// $rows: [{from, to, key, props}] (props holds key).
UNWIND $rows AS row
MATCH (a:Article {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:SUPPORTS {key: row.key}]->(b)
SET r = row.props
