// The roles $person held (HOLDS edges), ordered by start (unknown starts last), then of, then title.
MATCH (p:Entity {id: $person})-[h:HOLDS]->(o:Entity)
RETURN p.id AS person, h.title AS title, o.id AS of, h.`from` AS `from`, h.`to` AS `to`
ORDER BY h.`from`, o.id, h.title
