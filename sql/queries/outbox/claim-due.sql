-- Takes up to $4 due messages of the configured topics and leases them until $2: another worker
-- (or the next tick) skips them meanwhile, and if this process dies they become due again then.
UPDATE outbox_messages m
SET next_attempt_at = $2, attempts = m.attempts + 1, last_attempt_at = $1
WHERE m.id IN (
  SELECT id FROM outbox_messages
  WHERE state <> 'delivered' AND next_attempt_at <= $1 AND topic = ANY ($3::text[])
  ORDER BY next_attempt_at, id
  LIMIT $4
  FOR UPDATE SKIP LOCKED
)
RETURNING m.id, m.topic, m.message_id AS "messageId", m.payload, m.attempts, m.created_at AS "createdAt"
