// Every relationship with its type, ends and properties, by key (tests compare whole graphs with it).
MATCH (a)-[r]->(b)
RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY key, type, from, to
