// The articles of $ids (distinct), in the order asked; unknown ids left out.
UNWIND range(0, size($ids) - 1) AS i
MATCH (a:Article {id: $ids[i]})
RETURN properties(a) AS article
ORDER BY i
