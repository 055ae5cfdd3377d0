INSERT INTO audit_log (id, at, actor, actor_role, action, entity_type, entity_id, before, after, request_id, prev_hash, hash)
VALUES ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12)
