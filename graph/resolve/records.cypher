// Resolve's records of the ids $ids (unknown ids left out): each record's JSON text.
UNWIND $ids AS id
MATCH (r:ResolveRecord {id: id})
RETURN r.id AS id, r.value AS value
