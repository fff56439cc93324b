// Those of $urls (distinct) that an article has as its url or its source, in the order asked.
// Each test is an index seek (article_url, article_source in schema.cypher).
UNWIND range(0, size($urls) - 1) AS i
WITH i, $urls[i] AS url
WHERE EXISTS { MATCH (:Article {url: url}) } OR EXISTS { MATCH (:Article {source: url}) }
RETURN url
ORDER BY i
