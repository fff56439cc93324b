// Waits (up to $seconds) until every index is online: applied after schema.cypher created one.
CALL db.awaitIndexes($seconds)
