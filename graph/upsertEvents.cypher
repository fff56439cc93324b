// Creates (after removeEvents.cypher dropped the old ones) event nodes with their kind label.
// $rows: [{id, kind, props}].
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e = row.props
REMOVE e:Summit:Meeting:Talks:Letter:Sanction:Visit:WeaponsTest:Statement
FOREACH (_ IN CASE WHEN row.kind = 'SUMMIT' THEN [1] ELSE [] END | SET e:Summit)
FOREACH (_ IN CASE WHEN row.kind = 'MEETING' THEN [1] ELSE [] END | SET e:Meeting)
FOREACH (_ IN CASE WHEN row.kind = 'TALKS' THEN [1] ELSE [] END | SET e:Talks)
FOREACH (_ IN CASE WHEN row.kind = 'LETTER' THEN [1] ELSE [] END | SET e:Letter)
FOREACH (_ IN CASE WHEN row.kind = 'SANCTION' THEN [1] ELSE [] END | SET e:Sanction)
FOREACH (_ IN CASE WHEN row.kind = 'VISIT' THEN [1] ELSE [] END | SET e:Visit)
FOREACH (_ IN CASE WHEN row.kind = 'WEAPONS_TEST' THEN [1] ELSE [] END | SET e:WeaponsTest)
FOREACH (_ IN CASE WHEN row.kind = 'STATEMENT' THEN [1] ELSE [] END | SET e:Statement)
