// Removes events with every edge touching them and the MET edges they derived (which join two
// people, not the event). $rows: event ids; unknown ids are ignored.
UNWIND $rows AS id
OPTIONAL MATCH ()-[m:MET {event: id}]->()
DELETE m
WITH DISTINCT id
MATCH (e:Event {id: id})
DETACH DELETE e
