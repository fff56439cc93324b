// Every node with its labels and properties, by id (tests compare whole graphs with it).
MATCH (n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
