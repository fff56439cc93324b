// Deletes every relationship, then every node of the database, in batches (auto-commit
// transactions only; run the statements one by one). Used by the tests and the write benchmark
// to start from an empty graph; the store never runs it.
MATCH ()-[r]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 5000 ROWS;

MATCH (n)
CALL (n) {
  DELETE n
} IN TRANSACTIONS OF 5000 ROWS;
