// events() candidates for a source filter: the events the article SUPPORTS (followed by events/filter.cypher).
MATCH (:Article {id: $source})-[:SUPPORTS]->(e:Event)
