// Removes resolve's records. $rows: ids; unknown ids are ignored.
UNWIND $rows AS id
MATCH (r:ResolveRecord {id: id})
DELETE r
