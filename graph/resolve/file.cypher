// Files each id under its keys, one posting node per (key, id). $rows: [{id, keys}].
UNWIND $rows AS row
UNWIND row.keys AS key
CREATE (:ResolvePosting {key: key, id: row.id})
