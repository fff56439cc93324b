// Appends audit entries, numbered on from the last one (seq 1, 2, ...; id "audit:<seq>").
// $rows: [{at, actor, action, detail}].
OPTIONAL MATCH (x:AuditEntry)
WITH coalesce(max(x.seq), 0) AS last
UNWIND range(0, size($rows) - 1) AS i
WITH last + i + 1 AS seq, $rows[i] AS row
CREATE (:AuditEntry {seq: seq, id: 'audit:' + toString(seq), at: row.at, actor: row.actor, action: row.action, detail: row.detail})
