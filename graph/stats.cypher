// GraphStore.stats: articles, entities by kind, events by kind and status, the newsgraph
// relationships (as counts.cypher), and the smallest earliest / largest latest day of dated events.
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
CALL () {
  MATCH (n:Entity)
  WITH n.kind AS kind, count(*) AS count
  RETURN collect([kind, count]) AS entityKinds
}
CALL () {
  MATCH (e:Event)
  WITH e.kind AS kind, count(*) AS count
  RETURN collect([kind, count]) AS eventKinds
}
CALL () {
  MATCH (e:Event)
  WITH e.status AS status, count(*) AS count
  RETURN collect([status, count]) AS eventStatuses
}
CALL () {
  MATCH (e:Event)
  WHERE e.earliest IS NOT NULL
  RETURN min(e.earliest) AS earliest, max(e.latest) AS latest
}
CALL () {
  MATCH ()-[r:ATTENDED|SENT|TO|IMPOSED|TARGETS|HELD_IN|MET|SUPPORTS|HOLDS]->()
  RETURN count(r) AS edges
}
RETURN articles, entityKinds, eventKinds, eventStatuses, earliest, latest, edges
