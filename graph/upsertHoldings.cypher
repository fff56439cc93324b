// Upserts HOLDS edges, keyed by (person, of, title, from) through their key property.
// $rows: [{from, to, key, props}] (from: person id, to: country or organization id; props holds key).
UNWIND $rows AS row
MATCH (p:Entity {id: row.from})
MATCH (o:Entity {id: row.to})
MERGE (p)-[h:HOLDS {key: row.key}]->(o)
SET h = row.props
