// events() candidates for a participant filter: events linked to any of $participants by a
// participant relationship, plus (PLACE entities are not linked as participants: edgesOf())
// events listing a place among participantIds (followed by events/filter.cypher).
CALL () {
  UNWIND $participants AS id
  MATCH (:Entity {id: id})-[:ATTENDED|SENT|IMPOSED]->(e:Event)
  RETURN e
  UNION
  UNWIND $participants AS id
  MATCH (e:Event)-[:TO|TARGETS]->(:Entity {id: id})
  RETURN e
  UNION
  UNWIND $participants AS id
  MATCH (:Place {id: id})
  MATCH (e:Event)
  WHERE id IN e.participantIds
  RETURN e
}
