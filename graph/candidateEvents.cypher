// Events resolve may merge a new event into (GraphStore.candidateEvents): of one of $kinds, with a
// participant or the place among $entityIds; ordered as events.cypher.
MATCH (e:Event)
WHERE e.kind IN $kinds
  AND (any(p IN e.participantIds WHERE p IN $entityIds) OR e.place IN $entityIds)
RETURN properties(e) AS event
ORDER BY e.earliest, e.id
