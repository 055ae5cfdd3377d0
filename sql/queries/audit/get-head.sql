SELECT last_id AS "lastId", last_hash AS "lastHash" FROM audit_head WHERE id = 1
