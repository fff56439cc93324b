// What the store already holds under each id (write() validates a change against it):
// the node type ("entity", "event", "article") and, for an entity, its kind.
// $ids: list of ids. Ids the store does not hold are left out.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (e:Event {id: id})
OPTIONAL MATCH (a:Article {id: id})
WITH id, n, e, a
WHERE n IS NOT NULL OR e IS NOT NULL OR a IS NOT NULL
RETURN id,
       CASE WHEN n IS NOT NULL THEN 'entity' WHEN e IS NOT NULL THEN 'event' ELSE 'article' END AS type,
       n.kind AS kind
