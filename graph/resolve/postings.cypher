// For each key of $keys that has any, the ids filed under it (resolve_posting_key index).
UNWIND $keys AS key
MATCH (p:ResolvePosting {key: key})
RETURN key, collect(p.id) AS ids
