// Events that still refer to any of the entities $ids as participant or place (write() refuses
// a change that removes such an entity). At most 10 rows.
UNWIND $ids AS id
MATCH (e:Event)
WHERE e.place = id OR id IN e.participantIds
RETURN id, e.id AS event
LIMIT 10
