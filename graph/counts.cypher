// Nodes and relationships of the newsgraph model (other data in the database is not counted).
OPTIONAL MATCH (a:Article)
WITH count(a) AS articles
OPTIONAL MATCH (n:Entity)
WITH articles, count(n) AS entities
OPTIONAL MATCH (e:Event)
WITH articles, entities, count(e) AS events
OPTIONAL MATCH ()-[r:ATTENDED|SENT|TO|IMPOSED|TARGETS|HELD_IN|MET|SUPPORTS|HOLDS]->()
RETURN articles, entities, events, count(r) AS edges
