// Drops every posting of the ids about to be filed anew (resolve_posting_id index). $rows: ids.
UNWIND $rows AS id
MATCH (p:ResolvePosting {id: id})
DELETE p
