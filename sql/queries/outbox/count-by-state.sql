SELECT topic, state, count(*)::int AS count, min(created_at) AS "oldestAt"
FROM outbox_messages
WHERE $1::text IS NULL OR topic = $1
GROUP BY topic, state
