// GraphStore.stats: articles, entities and events by kind (their kind labels, from the store's
// counts), events by status (event_status index), the newsgraph relationships (as counts.cypher),
// the smallest earliest day (event_earliest index) and the largest latest day of dated events
// (event_latest index). $statuses: every EventStatus.
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
CALL () {
  RETURN [['PERSON', COUNT { (:Person) }], ['COUNTRY', COUNT { (:Country) }], ['ORGANIZATION', COUNT { (:Organization) }],
          ['PLACE', COUNT { (:Place) }]] AS entityKinds
}
CALL () {
  RETURN [['SUMMIT', COUNT { (:Summit) }], ['MEETING', COUNT { (:Meeting) }], ['TALKS', COUNT { (:Talks) }],
          ['LETTER', COUNT { (:Letter) }], ['SANCTION', COUNT { (:Sanction) }], ['VISIT', COUNT { (:Visit) }],
          ['WEAPONS_TEST', COUNT { (:WeaponsTest) }], ['STATEMENT', COUNT { (:Statement) }]] AS eventKinds
}
CALL () {
  UNWIND $statuses AS status
  CALL (status) {
    MATCH (e:Event)
    WHERE e.status = status
    RETURN count(e) AS count
  }
  RETURN collect([status, count]) AS eventStatuses
}
CALL () {
  OPTIONAL MATCH (e:Event)
  WHERE e.earliest IS NOT NULL
  WITH e
  ORDER BY e.earliest
  LIMIT 1
  RETURN e.earliest AS earliest
}
CALL () {
  OPTIONAL MATCH (e:Event)
  WHERE e.latest IS NOT NULL AND e.earliest IS NOT NULL
  WITH e
  ORDER BY e.latest DESC
  LIMIT 1
  RETURN e.latest AS latest
}
CALL () {
  MATCH ()-[r:ATTENDED|SENT|TO|IMPOSED|TARGETS|HELD_IN|MET|SUPPORTS|HOLDS]->()
  RETURN count(r) AS edges
}
RETURN articles, entityKinds, eventKinds, eventStatuses, earliest, latest, edges
