// The events in which any of $ids takes part (write() re-derives their edges when an entity's
// kind changes). Returns each event node's properties.
MATCH (e:Event)
WHERE any(p IN e.participantIds WHERE p IN $ids)
RETURN properties(e) AS event
