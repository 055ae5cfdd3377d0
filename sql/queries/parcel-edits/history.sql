-- The audit trail of one parcel, newest first. $1 code, $2 limit, $3 offset.
SELECT count(*) OVER () AS total, id, at, actor, actor_role AS "actorRole", action, before, after
FROM audit_log
WHERE entity_type = 'parcel' AND entity_id = $1
ORDER BY id DESC
LIMIT $2 OFFSET $3
