SELECT id, at, actor, actor_role AS "actorRole", action, entity_type AS "entityType", entity_id AS "entityId",
       before, after, request_id AS "requestId", prev_hash AS "prevHash", hash
FROM audit_log
WHERE id > $1 AND id <= $2
ORDER BY id
LIMIT $3
