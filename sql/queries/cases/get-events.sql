-- A case's timeline, oldest first. $1 case code.
SELECT e.id::int AS id, e.kind, ci.item_code AS "itemCode", e.from_status AS "fromStatus", e.to_status AS "toStatus",
       e.channel, e.actor, e.actor_role AS "actorRole", e.on_behalf_of AS "onBehalfOf",
       e.occurred_at AS "occurredAt", e.recorded_at AS "recordedAt", e.reason, e.data
FROM case_events e
LEFT JOIN case_items ci ON ci.id = e.case_item_id
WHERE e.case_code = $1
ORDER BY e.occurred_at, e.id
