// The audit trail (GraphStore.auditLog), oldest first. One page: items $offset..$offset+$first,
// with the total count.
MATCH (a:AuditEntry)
WITH a
ORDER BY a.seq
WITH collect(a) AS matched
RETURN size(matched) AS totalCount,
       [a IN matched[$offset..($offset + $first)] | a {.id, .at, .actor, .action, .detail}] AS items
