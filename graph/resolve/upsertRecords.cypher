// Upserts resolve's records. $rows: [{id, value}] (value: JSON text).
UNWIND $rows AS row
MERGE (r:ResolveRecord {id: row.id})
SET r.value = row.value
