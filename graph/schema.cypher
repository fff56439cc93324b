// The newsgraph schema in Neo4j, applied by the Neo4j store at every open. Every statement is
// idempotent (IF NOT EXISTS). Community edition: uniqueness constraints and indexes only.
//
// Node labels: Entity plus its kind (Person, Country, Organization, Place); Event plus its kind
// (Summit, Meeting, Talks, Letter, Sanction, Visit, WeaponsTest, Statement); Article; AuditEntry.

// Ids are unique per node label (each constraint also gives the id look-ups their index).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Event filters and orderings (events/*.cypher, candidateEvents.cypher, stats.cypher).
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX event_place IF NOT EXISTS FOR (n:Event) ON (n.place);
CREATE INDEX event_earliest IF NOT EXISTS FOR (n:Event) ON (n.earliest);
CREATE INDEX event_latest IF NOT EXISTS FOR (n:Event) ON (n.latest);
CREATE INDEX article_earliest IF NOT EXISTS FOR (n:Article) ON (n.earliest);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);

// Articles already ingested from the web are found by the URL they came from (knownUrls.cypher).
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);

// The MET edges an event derived are found by their event id when it is removed or replaced.
CREATE INDEX met_event IF NOT EXISTS FOR ()-[r:MET]-() ON (r.event);

// Full-text search (GraphStore.search, search.cypher; also usable from Neo4j Browser): searchText
// holds the lowercased words (searchWords()) of an entity's name and aliases or of an event's
// title, split on white space only, so Lucene sees exactly the words the memory store indexes:
//   CALL db.index.fulltext.queryNodes('entity_search', 'kim AND jong*') YIELD node, score
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX event_search IF NOT EXISTS FOR (n:Event) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};

// The audit trail of analyst edits (appendAudit.cypher, auditLog.cypher).
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_seq IF NOT EXISTS FOR (n:AuditEntry) ON (n.seq);

// Resolve's bookkeeping (GraphStore.resolveRecords / resolvePostings, graph/resolve/*.cypher):
// records by id, and one posting node per (key, id) pair, looked up by key (candidate events by
// kind, place, ordinal, month and principal; reports; quotes) and dropped by id when an id is
// filed anew. Not part of the graph model: never counted, listed or exported.
CREATE CONSTRAINT resolve_record_id IF NOT EXISTS FOR (n:ResolveRecord) REQUIRE n.id IS UNIQUE;
CREATE INDEX resolve_posting_key IF NOT EXISTS FOR (n:ResolvePosting) ON (n.key);
CREATE INDEX resolve_posting_id IF NOT EXISTS FOR (n:ResolvePosting) ON (n.id);
