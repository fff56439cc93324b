// Names of the indexes the database has (constraints included: each owns an index of its name),
// so that opening a store runs only the statements of schema.cypher that are still missing.
SHOW INDEXES YIELD name
RETURN name
