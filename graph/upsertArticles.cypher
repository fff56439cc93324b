// Upserts articles, replacing every property. $rows: [{id, props}] (props holds id too).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props
