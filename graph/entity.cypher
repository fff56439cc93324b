// Alias-aware look-up (GraphStore.entity): $key is nameKey() of the asked text, $raw the asked
// text trimmed. nameKeys and nameTexts hold [id, name, ...aliases] as nameKey() and trimmed text.
// Best match: id (rank 0) before name (1) before alias (2), then an exact-case match, then the smallest id.
MATCH (n:Entity)
WHERE $key IN n.nameKeys
UNWIND range(0, size(n.nameKeys) - 1) AS i
WITH n, i
WHERE n.nameKeys[i] = $key
WITH n,
     CASE WHEN i < 2 THEN i ELSE 2 END AS rank,
     CASE WHEN n.nameTexts[i] = $raw THEN 0 ELSE 1 END AS inexact
ORDER BY rank, inexact, n.id
LIMIT 1
RETURN n {.id, .kind, .name, .aliases} AS entity
