// The events of $ids (distinct), in the order asked; unknown ids left out.
UNWIND range(0, size($ids) - 1) AS i
MATCH (e:Event {id: $ids[i]})
RETURN properties(e) AS event
ORDER BY i
