// Every node with its labels and properties, by id (then key: resolve's postings share ids), for
// tests that compare whole graphs.
MATCH (n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id, n.key
