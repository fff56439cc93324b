// Full-text candidates for GraphStore.search: $query is Lucene syntax over searchWords() of the
// asked text ("kim AND jong*"), run on the whitespace-analyzed searchText of entities (name and
// aliases) and events (title). The store checks, scores and orders the names (searchHits.ts).
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node
RETURN 'ENTITY' AS type, node.id AS id, [node.name] + node.aliases AS names
UNION ALL
CALL db.index.fulltext.queryNodes('event_search', $query) YIELD node
RETURN 'EVENT' AS type, node.id AS id, [node.title] AS names
